using KisTrader.GrainInterfaces;
using static KisTrader.Web.Tests.Wording.WordingSamples;

namespace KisTrader.Web.Tests.Wording;

/// <summary>The Korean lines of <see cref="AfterHoursChanged"/>: watch list, each checkpoint's prices and decisions, re-search, end.</summary>
public sealed class AfterHoursWordingTests
{
    [Fact]
    public void Word_Started_WatchListBudgetAndThreshold() =>
        Assert.Equal("시간외 2026-11-23: 감시 시작 900100, 900200; 예산 10,000,000원, 기준 +2.0%",
            Word(new AfterHoursChanged(Day, AfterHoursChange.Started, null, 0.02m, 0.02m, null, 0m, 10_000_000m, [], ["900100", "900200"])));

    [Fact]
    public void Word_Checkpoint_BreakOutBuyDropWithBackupAndNoPrice() =>
        Assert.Equal("시간외 16:30 체크포인트: 기준 +1.5% → 다음 +1.0%, 주문가능 99,985,002원; "
            + "900100 10,800원 (+1.89%, 체결가·실시간) 돌파 매수 185주 @ 10,810원; "
            + "900120 10,190원 (-2.02%, 체결가·조회) 제외 → 예비 900230 승격; "
            + "900200 가격 없음 자료 없음",
            Word(AfterHours(AfterHoursChange.Checkpoint, new TimeOnly(16, 30),
            [
                new AfterHoursDecisionView("900100", 1, "Buy", 10_600m, 10_800m, "Match", "Feed", 200m / 10_600m, 0.015m, 10_810m, 185, false, null),
                new AfterHoursDecisionView("900120", 4, "Drop", 10_400m, 10_190m, "Match", "Rest", -210m / 10_400m, 0.015m, null, 0, false, "900230"),
                new AfterHoursDecisionView("900200", 2, "NoData", 20_800m, null, null, null, null, 0.015m, null, 0, false, null),
            ], "900100", "900120", "900200")));

    [Fact]
    public void Word_Checkpoint_HoldCappedBuyAndZeroQuantity() =>
        Assert.Equal("시간외 17:30 체크포인트: 기준 +1.5% → 다음 +1.0%, 주문가능 99,985,002원; "
            + "900300 5,010원 (+0.20%, 예상가·실시간) 대기; "
            + "900400 11,000원 (+10.00%, 체결가·실시간) 돌파 매수 90주 @ 11,000원 (상한가 제한); "
            + "900500 1,530,000원 (+2.00%, 체결가·조회) 돌파, 수량 0으로 매수 안 함 (@ 1,530,000원)",
            Word(AfterHours(AfterHoursChange.Checkpoint, new TimeOnly(17, 30),
            [
                new AfterHoursDecisionView("900300", 3, "Hold", 5_000m, 5_010m, "Indicative", "Feed", 0.002m, 0.015m, null, 0, false, null),
                new AfterHoursDecisionView("900400", 5, "Buy", 10_000m, 11_000m, "Match", "Feed", 0.1m, 0.015m, 11_000m, 90, true, null),
                new AfterHoursDecisionView("900500", 6, "ZeroQuantity", 1_500_000m, 1_530_000m, "Match", "Rest", 0.02m, 0.015m, 1_530_000m, 0, false, null),
            ])));

    [Fact]
    public void Word_ResearchedWithAnAddition_TheNewCode() =>
        Assert.Equal("시간외 17:00 이후 재검색: 추가 900240", Word(AfterHours(AfterHoursChange.Researched, new TimeOnly(17, 0), [], "900240")));

    [Fact]
    public void Word_ResearchedWithNothing_NoNewSymbol() =>
        Assert.Equal("시간외 17:00 이후 재검색: 새 종목 없음", Word(AfterHours(AfterHoursChange.Researched, new TimeOnly(17, 0), [])));

    [Fact]
    public void Word_EntryHanded_TheCodeAndCheckpoint() =>
        Assert.Equal("시간외 16:30: 900100 매수 주문을 포지션에 전달", Word(AfterHours(AfterHoursChange.EntryHanded, new TimeOnly(16, 30), [], "900100")));

    [Fact]
    public void Word_Ended_CommittedAgainstTheBudget() =>
        Assert.Equal("시간외 2026-11-23 종료: 매수 1,999,850원 / 예산 10,000,000원 (900100); 미체결 매수는 소멸",
            Word(AfterHours(AfterHoursChange.Ended, null, [], "900100")));
}
