using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

public sealed class PerformanceEdgeCaseTests
{
    private static readonly PerformanceCalculator Calc = PerformanceCalculator.Default;

    [Fact]
    public void Calculate_NothingGiven_AllCountsZeroAndRatiosNull()
    {
        var report = Calc.Calculate([], []);
        var o = report.Overall;

        Assert.Empty(report.Days);
        Assert.Empty(report.Weeks);
        Assert.Empty(report.Months);
        Assert.Equal((null, null), (o.From, o.To));
        Assert.Equal((0, 0, 0, 0), (o.Sessions, o.Trades, o.Wins, o.Losses));
        Assert.Equal((0m, 0m, 0m, 0m), (o.TotalNetPnL, o.GrossProfit, o.GrossLoss, o.MaxDrawdown));
        Assert.Null(o.WinRate);
        Assert.Null(o.AverageNetReturn);
        Assert.Null(o.MedianNetReturn);
        Assert.Null(o.CumulativeReturn);
        Assert.Null(o.MaxDrawdownRate);
        Assert.Null(o.ProfitFactor);
        Assert.Null(o.SharpeRatio);
        Assert.Equal(Enum.GetValues<ExitReason>().Length, o.ExitReasons.Length);
        Assert.Empty(o.ConditionPassRates);
        Assert.Empty(o.AdjustmentLevels);
        Assert.Empty(o.Checkpoints);
        Assert.Equal(new PasserComparison(0, null, 0, null), o.NextDayReturns);
        Assert.Null(o.NextDayReturns.Difference);
    }

    [Fact]
    public void Calculate_SingleTradeFromFills_EveryFigure()
    {
        // Buy 100 @ 10,000 (cost 1,000,150), sell 100 @ 10,300 (proceeds 1,027,786): +27,636.
        var t0 = new DateTimeOffset(2026, 11, 24, 16, 10, 0, TimeSpan.FromHours(9));
        var trade = ClosedTrade.FromFills(
            D("2026-11-24"),
            "005930",
            [new Fill(OrderSide.Buy, 100, 10_000m, t0)],
            [new ExitFill(new Fill(OrderSide.Sell, 100, 10_300m, t0.AddHours(17)), ExitReason.TakeProfit)],
            CostModel.Default);

        var o = Calc.Calculate([Session("2026-11-24")], [trade]).Overall;

        Assert.Equal((27_636m, 27_636m / 1_000_150m), (trade.NetPnL, trade.NetReturn));
        Assert.Equal((1, 1, 1, 0, 1m), (o.Sessions, o.Trades, o.Wins, o.Losses, o.WinRate));
        Assert.Equal((trade.NetReturn, trade.NetReturn), (o.AverageNetReturn!.Value, o.MedianNetReturn!.Value));
        Assert.Equal(0.0027636m, o.CumulativeReturn); // 27,636 ÷ 10,000,000
        Assert.Equal((0m, 0m), (o.MaxDrawdown, o.MaxDrawdownRate));
        Assert.Null(o.ProfitFactor); // no loss: undefined, not infinity
        Assert.Null(o.SharpeRatio);  // one day
        Assert.Equal(1m, o.ExitReasons.Single(e => e.Reason == ExitReason.TakeProfit).QuantityShare);
    }

    [Fact]
    public void Calculate_AllWins_ProfitFactorNullAndNoDrawdown()
    {
        var o = Calc.Calculate(
            [Session("2026-11-23"), Session("2026-11-24")],
            [Trade("2026-11-23", "A", 50_000m, 0.01m), Trade("2026-11-24", "B", 150_000m, 0.03m)]).Overall;

        Assert.Equal((2, 0, 1m), (o.Wins, o.Losses, o.WinRate));
        Assert.Null(o.ProfitFactor);
        Assert.Equal((0m, 0m), (o.MaxDrawdown, o.MaxDrawdownRate));
        Assert.Equal(0.02m, o.CumulativeReturn); // 0.005 + 0.015

        // r = 0.005, 0.015: mean 0.01, sample variance 0.00005; √(0.0001 × 252 ÷ 0.00005) = √504 = 22.4499443 → 22.4499.
        Assert.Equal(22.4499m, o.SharpeRatio);
    }

    [Fact]
    public void Calculate_AllLosses_ProfitFactorZeroAndDrawdownIsTheTotalLoss()
    {
        var o = Calc.Calculate(
            [Session("2026-11-23"), Session("2026-11-24")],
            [Trade("2026-11-23", "A", -50_000m, -0.01m), Trade("2026-11-24", "B", -150_000m, -0.03m)]).Overall;

        Assert.Equal((0, 2, 0m), (o.Wins, o.Losses, o.WinRate));
        Assert.Equal(0m, o.ProfitFactor);
        Assert.Equal(200_000m, o.MaxDrawdown);
        Assert.Equal(0.02m, o.MaxDrawdownRate); // index 1 → 0.995 → 0.98: 0.02 ÷ 1
        Assert.Equal(-22.4499m, o.SharpeRatio);
    }

    [Fact]
    public void Calculate_BreakEvenTrade_IsNeitherWinNorLoss()
    {
        var o = Calc.Calculate([Session("2026-11-24")], [Trade("2026-11-24", "A", 0m, 0m)]).Overall;

        Assert.Equal((1, 0, 0, 0m), (o.Trades, o.Wins, o.Losses, o.WinRate));
        Assert.Null(o.ProfitFactor);
    }

    [Fact]
    public void Calculate_ConstantDailyReturns_SharpeNull() =>
        Assert.Null(Calc.Calculate([Session("2026-11-23"), Session("2026-11-24")], []).Overall.SharpeRatio);

    [Fact]
    public void Calculate_DifferentBudgets_DailyReturnsUseEachSessionsBudget()
    {
        // 100,000 ÷ 10,000,000 + 100,000 ÷ 20,000,000 = 0.01 + 0.005.
        var o = Calc.Calculate(
            [Session("2026-11-23"), Session("2026-11-24", 20_000_000m)],
            [Trade("2026-11-23", "A", 100_000m, 0.01m), Trade("2026-11-24", "B", 100_000m, 0.005m)]).Overall;

        Assert.Equal(0.015m, o.CumulativeReturn);
    }

    [Fact]
    public void Calculate_RiskFreeRate_IsSubtractedPerDay()
    {
        // Daily rf = 0.0252 ÷ 252 = 0.0001; excess mean 0.00075 − 0.0001 = 0.00065; variance unchanged 0.00013425;
        // √(0.00065² × 252 ÷ 0.00013425) = 0.89054625… → 0.8905.
        var calc = new PerformanceCalculator(new PerformanceOptions { AnnualRiskFreeRate = 0.0252m });

        Assert.Equal(0.8905m, calc.Calculate(StatisticsTestData.Sessions, Trades).Overall.SharpeRatio);
    }

    [Fact]
    public void Calculate_SharpeDecimals_RoundsHalfAwayFromZero() =>
        Assert.Equal(1.03m, new PerformanceCalculator(new PerformanceOptions { SharpeDecimals = 2 }).Calculate(StatisticsTestData.Sessions, Trades).Overall.SharpeRatio);

    [Fact]
    public void Calculate_SessionWithDefaultArrays_IsTreatedAsEmpty()
    {
        var bare = Session("2026-11-24") with { ConditionPasses = default, Checkpoints = default, PasserOutcomes = default };

        var o = Calc.Calculate([bare], []).Overall;

        Assert.Empty(o.ConditionPassRates);
        Assert.Empty(o.Checkpoints);
    }
}
