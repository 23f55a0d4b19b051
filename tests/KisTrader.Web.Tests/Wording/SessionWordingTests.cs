using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Sessions;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>The Korean lines of a session's phases, screening requests, screens and its closing result.</summary>
public sealed class SessionWordingTests
{
    [Theory]
    [InlineData(SessionPhase.Scheduled, SessionChangeCause.Created, "2026-11-23 세션: 예정")]
    [InlineData(SessionPhase.Screening, SessionChangeCause.ScheduledStart, "2026-11-23 세션: 스크리닝 중")]
    [InlineData(SessionPhase.Scheduled, SessionChangeCause.ScreenFailed, "2026-11-23 세션: 예정 (스크리닝 실패, 완료 단계 유지)")]
    [InlineData(SessionPhase.Screened, SessionChangeCause.RerunFailed, "2026-11-23 세션: 스크리닝 완료 (재실행 실패, 기존 스크리닝 유지)")]
    [InlineData(SessionPhase.Holding, SessionChangeCause.AfterHoursEnded, "2026-11-23 세션: 보유 중 (시간외 종료, 오버나이트 보유)")]
    [InlineData(SessionPhase.Closed, SessionChangeCause.AfterHoursEnded, "2026-11-23 세션: 종료 (시간외 종료, 보유 없음)")]
    [InlineData(SessionPhase.Closed, SessionChangeCause.PositionsSettled, "2026-11-23 세션: 종료 (모든 포지션 청산 완료)")]
    [InlineData(SessionPhase.Closed, SessionChangeCause.ExitDayClosed, "2026-11-23 세션: 종료 (청산일 마감, 미청산 포지션 있음) [경고]")]
    public void Word_PhaseAndCause_PhaseWithTheCauseWorthReading(SessionPhase phase, SessionChangeCause cause, string expected) =>
        Assert.Equal(expected, Word(new SessionPhaseChanged(Day, phase, Run, 1, cause)));

    [Fact]
    public void Word_ManualStart_WhoAndWhy() =>
        Assert.Equal("2026-11-23 세션: 스크리닝 중 (수동 시작, kim: check)",
            Word(new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 1, SessionChangeCause.ManualStart, "kim", "check")));

    [Fact]
    public void Word_ResumedAtAStage_AttemptAndStage() =>
        Assert.Equal("2026-11-23 세션: 스크리닝 중 (재시작 후, 2차 시도 3단계부터 재개)",
            Word(new SessionPhaseChanged(Day, SessionPhase.Screening, Run, 2, SessionChangeCause.Resumed, ResumesAtStage: 3)));

    [Fact]
    public void Word_ManualScreenAccepted_WhoStartedIt() =>
        Assert.Equal("2026-11-23 세션: kim의 수동 스크리닝 시작",
            Word(new ScreeningRequested(Day, ScreeningCommandKind.Start, "kim", "why", true, null, Run)));

    [Fact]
    public void Word_RerunRefusedWhileRunning_TheReason() =>
        Assert.Equal("2026-11-23 세션: kim의 스크리닝 재실행 요청 거부 (이미 스크리닝 중)",
            Word(new ScreeningRequested(Day, ScreeningCommandKind.Rerun, "kim", "why", false, SessionRefusalKind.AlreadyRunning, null)));

    [Fact]
    public void Word_ScreenRefusedBeforeTheClose_TheKstBoundary() =>
        Assert.Equal("2026-11-23 세션: kim의 수동 스크리닝 요청 거부 (종가를 쓰므로 15:30:00 이후에만 가능)",
            Word(new ScreeningRequested(Day, ScreeningCommandKind.Start, "kim", "why", false, SessionRefusalKind.BeforeClose, null, At.AddSeconds(-2))));

    [Fact]
    public void Word_ScreeningFinished_CandidatesLevelSelectionCallsAndDuration() =>
        Assert.Equal("2026-11-23 스크리닝 완료: 후보 12종목 (완화1), 선정 005930, 000660, 증권사 호출 1,234회, 61.3초",
            Word(new ScreeningFinished(Day, Run, "Schedule", "Relax1", 12, ["005930", "000660"], 1234, TimeSpan.FromSeconds(61.25), null)));

    [Fact]
    public void Word_SessionClosed_TheDaysFiguresInKorean() =>
        Assert.Equal("2026-11-23 세션 결과, 청산일 2026-11-24: 거래 2건 (수익 1, 손실 1) / 포지션 2건, 순손익 +30,500원 (예산 대비 +0.31%); "
            + "승률 50.0%, 평균 순수익률 +1.25%, 손익비 2.56, 총이익 +50,000원, 총손실 19,500원, 최대 낙폭 19,500원; 청산 사유: 손절 1, 익절 1; "
            + "누적 1세션, 순손익 +30,500원, 승률 50.0%",
            Word(new SessionClosed(Day, Day.AddDays(1), 2, [], 2, 1, 1, 0.5m, 0.0125m, 30_500m, 50_000m, -19_500m, 0.00305m, 2.5641m, 19_500m,
                ImmutableDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, int>("TakeProfit", 1), new KeyValuePair<string, int>("StopLoss", 1), new KeyValuePair<string, int>("ForcedExit", 0)]), 1, 30_500m, 0.5m)));

    [Fact]
    public void Word_SessionClosedNotFlat_NoFiguresAndAlert() =>
        Assert.Equal("2026-11-23 세션 결과, 청산일 2026-11-24: 거래 0건 (수익 0, 손실 0) / 포지션 1건, 순손익 0원 (예산 대비 -); "
            + "승률 -, 평균 순수익률 -, 손익비 - (손실 없음), 총이익 0원, 총손실 0원, 최대 낙폭 0원; 청산 사유: 없음; "
            + "누적 3세션, 순손익 -1,000원, 승률 40.0%; 청산일 마감에 미청산: 005930 [경고]",
            Word(new SessionClosed(Day, Day.AddDays(1), 1, ["005930"], 0, 0, 0, null, null, 0m, 0m, 0m, null, null, 0m, ImmutableDictionary<string, int>.Empty, 3, -1_000m, 0.4m)));
}
