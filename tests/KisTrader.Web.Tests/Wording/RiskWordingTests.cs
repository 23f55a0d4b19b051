using KisTrader.GrainInterfaces;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>The Korean lines of <see cref="RiskChanged"/> (kill switch, gates, halted symbols) and <see cref="ReconciliationFinished"/>.</summary>
public sealed class RiskWordingTests
{
    [Fact]
    public void Word_KillSwitchHaltEntries_WhoAndWhy() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 킬 스위치 신규 진입 중지 (kim: market crash)",
            Word(new RiskChanged(AccountKey, RiskChange.KillSwitchSet, KillSwitchMode.EntriesHalted, "kim", "market crash")));

    [Fact]
    public void Word_KillSwitchFlatten_WhoAndWhy() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 킬 스위치 전량 청산 (api:alice: 손실 확대)",
            Word(new RiskChanged(AccountKey, RiskChange.KillSwitchSet, KillSwitchMode.Flattening, "api:alice", "손실 확대")));

    [Fact]
    public void Word_Resumed_TradingAgain() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 킬 스위치 해제, 거래 재개 (kim: calm again)",
            Word(new RiskChanged(AccountKey, RiskChange.Resumed, KillSwitchMode.Active, "kim", "calm again")));

    [Fact]
    public void Word_KillSwitchReachedEveryPosition_HowMany() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 킬 스위치 신규 진입 중지, 포지션 2건에 전달",
            Word(new RiskChanged(AccountKey, RiskChange.KillSwitchReachedPositions, KillSwitchMode.EntriesHalted, "kim", "x", PositionsReached: 2, PositionsFailed: [])));

    [Fact]
    public void Word_KillSwitchFailedForAPosition_WhichOneAndAlert() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 킬 스위치 전량 청산, 포지션 1건에 전달, 실패 2026-11-23/005930 [경고]",
            Word(new RiskChanged(AccountKey, RiskChange.KillSwitchReachedPositions, KillSwitchMode.Flattening, "kim", "x", PositionsReached: 1, PositionsFailed: ["2026-11-23/005930"])));

    [Fact]
    public void Word_SymbolHaltedForAnAmbiguousOrder_TheOrder() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 005930 주문 중지 (주문 2026-11-23/005930/B1 결과 불명확)",
            Word(new RiskChanged(AccountKey, RiskChange.SymbolHalted, KillSwitchMode.Active, null, "order-ambiguous:2026-11-23/005930/B1", Symbol: "005930")));

    [Fact]
    public void Word_OrderRefusedAtTheDailyLossLimit_TheLimitInKorean() =>
        Assert.Equal("위험 관리: 주문 2026-11-23/005930/B1 (005930) 거부, 일일 손실 한도 도달 (realized -1,000,000 at the limit 1,000,000)",
            Word(new RiskChanged(AccountKey, RiskChange.OrderRefused, KillSwitchMode.Active, "strategy", "16:30", "005930", "daily-loss", "realized -1,000,000 at the limit 1,000,000", OrderId, Day)));

    [Fact]
    public void Word_OrderRefusedAboveThePriceLimit_TheGateAndFigures() =>
        Assert.Equal("위험 관리: 주문 2026-11-23/005930/B1 (005930) 거부, 가격제한폭 초과 (price 13,010 above the upper limit 13,000)",
            Word(new RiskChanged(AccountKey, RiskChange.OrderRefused, KillSwitchMode.Active, "strategy", "16:30", "005930", "price-limit", "price 13,010 above the upper limit 13,000", OrderId, Day)));

    [Fact]
    public void Word_ReconciliationHaltCleared_WhoAndWhy() =>
        Assert.Equal("위험 관리 a1b2c3d4e5f60718: 대사 불일치로 인한 진입 중지 해제 (kim: sold by hand)",
            Word(new RiskChanged(AccountKey, RiskChange.ReconciliationHaltCleared, KillSwitchMode.Active, "kim", "sold by hand")));

    [Fact]
    public void Word_CleanReconciliation_TheCounts() =>
        Assert.Equal("대사 a1b2c3d4e5f60718 (정기): 일치 (보유 1종목, 미체결 주문 0건, 포지션 1건)",
            Word(new ReconciliationFinished(AccountKey, "schedule", true, [], false, 1, 0, 1, 0, null)));

    [Fact]
    public void Word_CleanReconciliationWhileHalted_EntriesStayHalted() =>
        Assert.Equal("대사 a1b2c3d4e5f60718 (kim 요청): 일치 (보유 0종목, 미체결 주문 0건, 포지션 0건); 이전 불일치로 신규 진입은 직접 해제할 때까지 중지",
            Word(new ReconciliationFinished(AccountKey, "kim", true, [], true, 0, 0, 0, 0, null)));

    [Fact]
    public void Word_ReconciliationDifference_EntriesHaltedAndAlert() =>
        Assert.Equal("대사 a1b2c3d4e5f60718 (시작 시): 불일치로 신규 진입 중지: 005930 holding: ours 0, broker's 10 [경고]",
            Word(new ReconciliationFinished(AccountKey, "activation", false, ["005930 holding: ours 0, broker's 10"], true, 1, 0, 0, 0, null)));

    [Fact]
    public void Word_ReconciliationFailed_TheErrorAndAlert() =>
        Assert.Equal("대사 a1b2c3d4e5f60718 (정기): 실행 실패 (HttpRequestException), 신규 진입 중지 [경고]",
            Word(new ReconciliationFinished(AccountKey, "schedule", false, ["could not run"], true, 0, 0, 0, 0, "HttpRequestException")));
}
