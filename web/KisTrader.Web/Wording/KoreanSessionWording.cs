using KisTrader.GrainInterfaces;
using KisTrader.Trading.Sessions;
using static KisTrader.Web.Wording.KoreanFormat;

namespace KisTrader.Web.Wording;

/// <summary>The Korean lines of a session's phases, screening requests and screens.</summary>
internal static class KoreanSessionWording
{
    public static string Word(SessionPhaseChanged p)
    {
        var resumes = p.ResumesAtStage is { } stage ? $"{p.Attempt.ToString(Inv)}차 시도 {stage.ToString(Inv)}단계부터 재개" : null;
        var cause = Cause(p);
        var why = (cause, resumes) switch
        {
            (null, null) => "",
            (_, null) => $" ({cause})",
            (null, _) => $" ({resumes})",
            _ => $" ({cause}, {resumes})",
        };
        return $"{Date(p.TradingDate)} 세션: {Phase(p.Phase)}{why}{(p.Cause == SessionChangeCause.ExitDayClosed ? " [경고]" : "")}";
    }

    public static string Word(ScreeningRequested p)
    {
        var what = p.Kind == ScreeningCommandKind.Rerun ? "스크리닝 재실행" : "수동 스크리닝";
        return p.Accepted
            ? $"{Date(p.TradingDate)} 세션: {p.RequestedBy}의 {what} 시작"
            : $"{Date(p.TradingDate)} 세션: {p.RequestedBy}의 {what} 요청 거부 ({Refusal(p)})";
    }

    public static string Word(ScreeningFinished p) =>
        $"{Date(p.TradingDate)} 스크리닝 완료{(p.ReplacedRunId is null ? "" : " (재실행)")}: "
        + $"후보 {p.Candidates.ToString(Inv)}종목 ({KoreanWording.Level(p.FinalLevel)}), 선정 {Codes(p.Selected)}, "
        + $"증권사 호출 {p.BrokerCalls.ToString("N0", Inv)}회, {p.Duration.TotalSeconds.ToString("0.0", Inv)}초";

    /// <summary>A session's phase in Korean.</summary>
    public static string Phase(SessionPhase phase) => phase switch
    {
        SessionPhase.Scheduled => "예정",
        SessionPhase.Screening => "스크리닝 중",
        SessionPhase.Screened => "스크리닝 완료",
        SessionPhase.AfterHours => "시간외 거래",
        SessionPhase.Holding => "보유 중",
        SessionPhase.Closed => "종료",
        _ => "단계 " + (int)phase,
    };

    /// <summary>Why, for the causes a person wants to read (none for the routine ones: created, 15:30, finished, started).</summary>
    private static string? Cause(SessionPhaseChanged p) => p.Cause switch
    {
        SessionChangeCause.ManualStart => p.RequestedBy is null ? "수동 시작" : $"수동 시작, {Who(p.RequestedBy, p.RequestReason)}",
        SessionChangeCause.Rerun => $"재실행, {Who(p.RequestedBy, p.RequestReason)}",
        SessionChangeCause.Resumed => p.ResumesAtStage is null ? "재시작 후 재개" : "재시작 후",
        SessionChangeCause.ScreenFailed => "스크리닝 실패, 완료 단계 유지",
        SessionChangeCause.RerunFailed => "재실행 실패, 기존 스크리닝 유지",
        SessionChangeCause.AfterHoursEnded => p.Phase == SessionPhase.Holding ? "시간외 종료, 오버나이트 보유" : "시간외 종료, 보유 없음",
        SessionChangeCause.PositionsSettled => "모든 포지션 청산 완료",
        SessionChangeCause.ExitDayClosed => "청산일 마감, 미청산 포지션 있음",
        _ => null,
    };

    private static string Refusal(ScreeningRequested p) => p.RefusedFor switch
    {
        null => p.LegacyRefusal ?? "사유 미기록",
        SessionRefusalKind.MissingRequest => "요청자와 사유가 필요함",
        SessionRefusalKind.InvalidRequestedBy => "요청자 형식 오류",
        SessionRefusalKind.InvalidReason => "사유 형식 오류",
        SessionRefusalKind.AlreadyRunning => "이미 스크리닝 중",
        SessionRefusalKind.AlreadyScreened => "이미 스크리닝 완료, 재실행을 요청하세요",
        SessionRefusalKind.NotScreened => "아직 스크리닝 전, 먼저 스크리닝을 시작하세요",
        SessionRefusalKind.NotTradingDay => "거래일이 아님",
        SessionRefusalKind.NotBegun => "세션이 아직 시작되지 않음",
        SessionRefusalKind.Over => "이미 끝난 세션",
        SessionRefusalKind.BeforeClose => $"종가를 쓰므로 {KstClock(p.RefusalBoundary)} 이후에만 가능",
        SessionRefusalKind.AfterHoursBegan => $"{KstClock(p.RefusalBoundary)}에 시간외 거래가 시작됨",
        SessionRefusalKind.ScreenInUse => "스크리닝 결과가 이미 사용 중 (시간외·보유·종료)",
        _ => "거부 사유 " + (int)p.RefusedFor.Value,
    };
}
