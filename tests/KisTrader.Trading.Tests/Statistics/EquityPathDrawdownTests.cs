using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>
/// The maximum drawdown is measured on the equity curve that steps at every trade close, so intraday falls between
/// trades of one day count (a curve sampled once per day missed them). Budget 10,000,000 per session; every figure by hand.
/// </summary>
public sealed class EquityPathDrawdownTests
{
    private static readonly PerformanceCalculator Calc = PerformanceCalculator.Default;

    [Fact]
    public void Calculate_DayWithTwoLosingTrades_DrawdownIsBothLosses()
    {
        // 0 → −30,000 (10:00) → −80,000 (13:00): 80,000 below the start; index 1 → 0.997 → 0.992.
        var day = Calc.Calculate([Session("2026-11-24")], [Closed("2026-11-24", "A", -30_000m, 10, 0), Closed("2026-11-24", "B", -50_000m, 13, 0)]).Days.Single();

        Assert.Equal((2, -80_000m), (day.Losses, day.TotalNetPnL));
        Assert.Equal(80_000m, day.MaxDrawdown);
        Assert.Equal(0.008m, day.MaxDrawdownRate);
    }

    [Fact]
    public void Calculate_WinThenTwoLossesOnOneDay_DrawdownFromTheIntradayPeak()
    {
        // 0 → +100,000 (10:00) → +40,000 (11:00) → −20,000 (14:00): the day nets −20,000 but fell 120,000 from its peak.
        // Index 1 → 1.01 → 1.004 → 0.998: (1.01 − 0.998) ÷ 1.01.
        var o = Calc.Calculate(
            [Session("2026-11-24")],
            [Closed("2026-11-24", "C", -60_000m, 14, 0), Closed("2026-11-24", "A", 100_000m, 10, 0), Closed("2026-11-24", "B", -60_000m, 11, 0)]).Overall;

        Assert.Equal(-20_000m, o.TotalNetPnL);
        Assert.Equal(120_000m, o.MaxDrawdown);
        Assert.Equal(0.012m / 1.01m, o.MaxDrawdownRate);
    }

    [Fact]
    public void Calculate_NetPositiveDayWithLaterLosses_DrawdownIsNotZero()
    {
        // 0 → +150,000 (09:30) → +100,000 (12:49) → +70,000 (15:20): the day is up 70,000, the drawdown 80,000.
        // Index 1 → 1.015 → 1.01 → 1.007: (1.015 − 1.007) ÷ 1.015.
        var o = Calc.Calculate(
            [Session("2026-11-24")],
            [Closed("2026-11-24", "A", 150_000m, 9, 30), Closed("2026-11-24", "B", -50_000m, 12, 49), Closed("2026-11-24", "C", -30_000m, 15, 20)]).Overall;

        Assert.Equal(70_000m, o.TotalNetPnL);
        Assert.Equal(80_000m, o.MaxDrawdown);
        Assert.Equal(0.008m / 1.015m, o.MaxDrawdownRate);
    }

    [Fact]
    public void Calculate_LossBeforeWin_DrawdownFromTheStart()
    {
        // 0 → −60,000 (10:00) → +40,000 (11:00).
        var o = Calc.Calculate([Session("2026-11-24")], [Closed("2026-11-24", "B", 100_000m, 11, 0), Closed("2026-11-24", "A", -60_000m, 10, 0)]).Overall;

        Assert.Equal((60_000m, 0.006m), (o.MaxDrawdown, o.MaxDrawdownRate));
    }

    [Fact]
    public void Calculate_TradesClosingAtTheSameInstant_OneStep()
    {
        // +100,000 and −60,000 both at 10:00: the equity goes 0 → +40,000 at once; no order between them is invented.
        var o = Calc.Calculate([Session("2026-11-24")], [Closed("2026-11-24", "B", -60_000m, 10, 0), Closed("2026-11-24", "A", 100_000m, 10, 0)]).Overall;

        Assert.Equal((0m, 0m), (o.MaxDrawdown, o.MaxDrawdownRate));
    }

    [Fact]
    public void Calculate_PartialExitEarlier_TradeStepsAtItsLastSell()
    {
        // A: +100,000, a partial sold at 09:10 and the rest at 15:20 (it closes at 15:20); B: −60,000 at 11:00.
        // 0 → −60,000 (11:00) → +40,000 (15:20): 60,000.
        var a = Closed("2026-11-24", "A", 100_000m, 15, 20) with
        {
            Exits =
            [
                new ExitFill(new Fill(OrderSide.Sell, 50, 10_000m, Kst("2026-11-25", 9, 10)), ExitReason.PartialTakeProfit),
                new ExitFill(new Fill(OrderSide.Sell, 50, 10_000m, Kst("2026-11-25", 15, 20)), ExitReason.ForcedExit),
            ],
        };

        var o = Calc.Calculate([Session("2026-11-24")], [a, Closed("2026-11-24", "B", -60_000m, 11, 0)]).Overall;

        Assert.Equal(Kst("2026-11-25", 15, 20), a.ClosedAt);
        Assert.Equal(60_000m, o.MaxDrawdown);
    }

    [Fact]
    public void Calculate_AcrossDays_PathRunsOverTheSessionsInTimeOrder()
    {
        // Session 11-23 (exit day 11-24): +50,000 at 10:00. Session 11-24 (exit day 11-25): −30,000 at 09:30, −30,000 at 10:30.
        // Overall: 0 → +50,000 → +20,000 → −10,000: 60,000; index 1.005 → 1.002 → 0.999: 0.006 ÷ 1.005.
        // Day 11-24 alone: 0 → −30,000 → −60,000: 60,000, rate 0.006. Day 11-23 alone: 0.
        var report = Calc.Calculate(
            [Session("2026-11-23"), Session("2026-11-24")],
            [Closed("2026-11-23", "A", 50_000m, 10, 0), Closed("2026-11-24", "B", -30_000m, 9, 30), Closed("2026-11-24", "C", -30_000m, 10, 30)]);

        Assert.Equal((60_000m, 0.006m / 1.005m), (report.Overall.MaxDrawdown, report.Overall.MaxDrawdownRate));
        Assert.Equal((0m, 0m), (report.Days[0].MaxDrawdown, report.Days[0].MaxDrawdownRate));
        Assert.Equal((60_000m, 0.006m), (report.Days[1].MaxDrawdown, report.Days[1].MaxDrawdownRate));
        Assert.Equal(60_000m, report.Weeks.Single().MaxDrawdown);
    }

    [Fact]
    public void Calculate_DifferentBudgets_RateUsesEachTradesSessionBudget()
    {
        // Session 11-23 budget 5,000,000: +50,000 (+0.01). Session 11-24 budget 20,000,000: −100,000 (−0.005), −100,000 (−0.005).
        // Index 1 → 1.01 → 1.005 → 1.0: (1.01 − 1.0) ÷ 1.01. KRW: +50,000 → −50,000 → −150,000: 200,000.
        var o = Calc.Calculate(
            [Session("2026-11-23", 5_000_000m), Session("2026-11-24", 20_000_000m)],
            [Closed("2026-11-23", "A", 50_000m, 10, 0), Closed("2026-11-24", "B", -100_000m, 9, 30), Closed("2026-11-24", "C", -100_000m, 10, 30)]).Overall;

        Assert.Equal(200_000m, o.MaxDrawdown);
        Assert.Equal(0.01m / 1.01m, o.MaxDrawdownRate);
    }

    [Fact]
    public void Calculate_SessionsWithoutTrades_DrawdownZeroNotNull()
    {
        var o = Calc.Calculate([Session("2026-11-23"), Session("2026-11-24")], []).Overall;

        Assert.Equal((0m, 0m), (o.MaxDrawdown, o.MaxDrawdownRate));
    }

    // Bought on the session date at 16:10 KST, sold in full on the next calendar day at hour:minute KST.
    private static ClosedTrade Closed(string session, string symbol, decimal pnl, int hour, int minute)
    {
        var exitDay = D(session).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new ClosedTrade
        {
            SessionDate = D(session),
            Symbol = symbol,
            Entries = [new Fill(OrderSide.Buy, 100, 10_000m, Kst(session, 16, 10))],
            Exits = [new ExitFill(new Fill(OrderSide.Sell, 100, 10_000m, Kst(exitDay, hour, minute)), pnl < 0 ? ExitReason.StopLoss : ExitReason.TakeProfit)],
            NetPnL = pnl,
            NetReturn = pnl / 1_000_000m,
        };
    }

    private static DateTimeOffset Kst(string date, int hour, int minute) =>
        new(D(date).ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(9));
}
