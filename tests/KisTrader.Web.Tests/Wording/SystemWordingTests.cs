using KisTrader.GrainInterfaces;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Sessions;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>The Korean lines of the system's events and the portfolio configuration (accounts masked, no secret).</summary>
public sealed class SystemWordingTests
{
    [Fact]
    public void Word_AccountSnapshot_MaskedAccountAndCash() =>
        Assert.Equal("계좌 1234****-01: 주문가능 1,500,001원, 예수금 2,000,000원, 보유 2종목",
            Word(new AccountSnapshotTaken("1234****-01", At, 2_000_000m, 1_500_000.5m, 9m, 2)));

    [Fact]
    public void Word_ScheduledReconcile_TheActionInKorean() =>
        Assert.Equal("일정: 2026-11-23 계좌 대사 실행 (예정 15:30:00)",
            Word(new ScheduleActionTaken(new ScheduleActionView(ScheduleActionKind.Reconcile, Day, At.AddSeconds(-2), At, new ScheduleActionResult(ScheduleResultKind.SessionAnswered, SessionPhase.Screening, 1)))));

    [Fact]
    public void Word_ApprovalKeyRemoved_NeverTheKey() =>
        Assert.Equal("KIS 웹소켓 접속키 삭제", Word(new KisAuthChanged("k1", KisAuthChange.ApprovalKeyRemoved, null, null)));

    [Fact]
    public void Word_RegistrationParked_TheSymbolAndCount() =>
        Assert.Equal("실시간 시세: 등록 보류 005930 (등록 40/41)",
            Word(new MarketDataChanged(MarketDataChange.Parked, "005930", MarketDataKinds.Trades, null, null, 2, 0, 0, 40, 41, null)));

    [Fact]
    public void Word_ListingChanged_TheNameAndTheFieldsInKorean() =>
        Assert.Equal("005930 삼성전자: 종목 정보 변경 (종목명, 기준가)",
            Word(new SymbolChanged("005930", SymbolChange.ListingChanged, new SymbolListing("005930", "삼성전자", "Kospi", "전기전자", [], 400_000_000_000_000m, 70_000m),
                ["Name", "BasePrice"], null, false, null, MarketDataKinds.None, null, 0, null)));

    [Fact]
    public void Word_PortfolioConfigChanged_VersionWhoWhyAndEffectiveValues() =>
        Assert.Equal("포트폴리오 설정 a1b2c3d4e5f60718 버전 2 (api:alice: smaller budget): 세션 예산 5,000,000원, 선정 5종목 + 예비 3종목, 점수 가중 배분",
            Word(new PortfolioConfigChanged(AccountKey, 2, new PortfolioOverrides(SessionBudget: 5_000_000m, AllocationMode: AllocationMode.ScoreWeighted),
                new PortfolioSettings(5_000_000m, 5, 3, AllocationMode.ScoreWeighted), "api:alice", "smaller budget")));

    [Fact]
    public void Word_PortfolioConfigReset_TheDefaults() =>
        Assert.Equal("포트폴리오 설정 a1b2c3d4e5f60718 버전 3 (kim: 원래대로): 세션 예산 10,000,000원, 선정 5종목 + 예비 5종목, 균등 배분 (모두 기본값)",
            Word(new PortfolioConfigChanged(AccountKey, 3, PortfolioOverrides.None, new PortfolioSettings(10_000_000m, 5, 5, AllocationMode.Equal), "kim", "원래대로")));
}
