using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>The return split: after-hours entry (vs the Day-1 close), overnight gap, next-day move. Figures by hand.</summary>
public sealed class ReturnAttributionTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 16, 30, 0, TimeSpan.FromHours(9));

    /// <summary>
    /// A: close 10,000; buy 100 @ 10,200 (B 1,020,000, commission 153); open 10,500; sell 50 @ 10,800 partial
    /// (540,000: commission 81, tax 1,080) and 50 @ 10,400 forced (520,000: 78, 1,040). S 1,060,000.
    /// Net = 1,057,721 − 1,020,153 = 37,568; costs 2,432.
    /// </summary>
    internal static ClosedTrade TradeA { get; } = ClosedTrade.FromFills(
        D("2026-11-24"),
        "000001",
        [new Fill(OrderSide.Buy, 100, 10_200m, T0)],
        [
            new ExitFill(new Fill(OrderSide.Sell, 50, 10_800m, T0.AddHours(21)), ExitReason.PartialTakeProfit),
            new ExitFill(new Fill(OrderSide.Sell, 50, 10_400m, T0.AddHours(22).AddMinutes(50)), ExitReason.ForcedExit),
        ],
        CostModel.Default) with { Day1Close = 10_000m, Day2Open = 10_500m };

    /// <summary>
    /// B: close 20,000; buys 30 @ 20,400 and 20 @ 20,450 (B 1,021,000, commission 91 + 61); open 19,800; sell 50 @ 19,400
    /// stop loss (970,000: commission 145, tax 1,940). Net = 967,915 − 1,021,152 = −53,237; costs 2,237.
    /// </summary>
    internal static ClosedTrade TradeB { get; } = ClosedTrade.FromFills(
        D("2026-11-24"),
        "000002",
        [new Fill(OrderSide.Buy, 30, 20_400m, T0), new Fill(OrderSide.Buy, 20, 20_450m, T0.AddMinutes(10))],
        [new ExitFill(new Fill(OrderSide.Sell, 50, 19_400m, T0.AddHours(17).AddMinutes(5)), ExitReason.StopLoss)],
        CostModel.Default) with { Day1Close = 20_000m, Day2Open = 19_800m };

    [Fact]
    public void Of_TradeWithPartialAndForcedExit_LegsAndRatios()
    {
        var a = ReturnAttribution.Of(TradeA);

        Assert.Equal(37_568m, TradeA.NetPnL);
        Assert.Equal((1, 0), (a.Trades, a.Unattributed));
        Assert.Equal(1_000_000m, a.CloseValue);                          // 10,000 × 100
        Assert.Equal((20_000m, 30_000m, 10_000m), (a.EntryLeg, a.GapLeg, a.NextDayLeg));
        Assert.Equal(60_000m, a.GrossLeg);                               // (10,600 − 10,000) × 100
        Assert.Equal((2_432m, 37_568m), (a.Costs, a.NetPnL));            // 153 + 81 + 1,080 + 78 + 1,040
        Assert.Equal((0.02m, 0.03m, 0.01m, 0.06m), (a.EntryMove!.Value, a.GapMove!.Value, a.NextDayMove!.Value, a.GrossMove!.Value));
    }

    [Fact]
    public void Of_TwoBuyFillsAndAStop_NegativeGapAndMove()
    {
        var b = ReturnAttribution.Of(TradeB);

        Assert.Equal(-53_237m, TradeB.NetPnL);
        Assert.Equal(1_000_000m, b.CloseValue);                          // 20,000 × 50
        Assert.Equal((21_000m, -31_000m, -20_000m, -30_000m), (b.EntryLeg, b.GapLeg, b.NextDayLeg, b.GrossLeg));
        Assert.Equal(2_237m, b.Costs);                                   // 91 + 61 + 145 + 1,940
        Assert.Equal((0.021m, -0.031m, -0.02m, -0.03m), (b.EntryMove!.Value, b.GapMove!.Value, b.NextDayMove!.Value, b.GrossMove!.Value));
    }

    [Fact]
    public void Of_SeveralTrades_SumsLegsAndWeighsRatiosByCloseValue()
    {
        var missingOpen = TradeA with { Symbol = "000003", Day2Open = null };
        var missingClose = TradeA with { Symbol = "000004", Day1Close = null };

        var p = ReturnAttribution.Of([TradeA, TradeB, missingOpen, missingClose]);

        Assert.Equal((2, 2), (p.Trades, p.Unattributed));
        Assert.Equal(2_000_000m, p.CloseValue);
        Assert.Equal((41_000m, -1_000m, -10_000m, 30_000m), (p.EntryLeg, p.GapLeg, p.NextDayLeg, p.GrossLeg));
        Assert.Equal((4_669m, -15_669m), (p.Costs, p.NetPnL));           // the two unattributed trades are in neither
        Assert.Equal(p.NetPnL, p.GapLeg + p.NextDayLeg - p.Costs);
        Assert.Equal((0.0205m, -0.0005m, -0.005m, 0.015m), (p.EntryMove!.Value, p.GapMove!.Value, p.NextDayMove!.Value, p.GrossMove!.Value));
    }

    [Fact]
    public void Of_NonTerminatingRatios_LegsStillAddUpExactlyToTheGrossMove()
    {
        // Close 15,000, buy 1 @ 15,310, open 15,500, sell 1 @ 15,720: legs 310, 190, 220 of 720, each ÷ 15,000.
        var trade = ClosedTrade.FromFills(
            D("2026-11-24"),
            "000005",
            [new Fill(OrderSide.Buy, 1, 15_310m, T0)],
            [new ExitFill(new Fill(OrderSide.Sell, 1, 15_720m, T0.AddHours(17)), ExitReason.TakeProfit)],
            CostModel.Default) with { Day1Close = 15_000m, Day2Open = 15_500m };

        var a = ReturnAttribution.Of(trade);

        Assert.Equal((310m, 190m, 220m, 720m), (a.EntryLeg, a.GapLeg, a.NextDayLeg, a.GrossLeg));
        Assert.Equal(0.048m, a.GrossMove);
        Assert.Equal(0.0206666666666666666666666667m, a.EntryMove);
        Assert.Equal(0.0126666666666666666666666667m, a.GapMove);
        Assert.Equal(0.0146666666666666666666666666m, a.NextDayMove);   // residual: 220 ÷ 15,000 rounds to …667
        Assert.Equal(a.GrossMove, a.EntryMove + a.GapMove + a.NextDayMove);
        Assert.Equal(1e-28m, (220m / 15_000m) - a.NextDayMove!.Value);
    }

    [Fact]
    public void Of_NoCloseOrNoOpen_UnattributedAndRatiosNull()
    {
        var a = ReturnAttribution.Of(TradeA with { Day2Open = null });

        Assert.Equal((0, 1), (a.Trades, a.Unattributed));
        Assert.Equal((0m, 0m, 0m, 0m, 0m, 0m), (a.CloseValue, a.EntryLeg, a.GapLeg, a.NextDayLeg, a.Costs, a.NetPnL));
        Assert.Null(a.EntryMove);
        Assert.Null(a.GapMove);
        Assert.Null(a.NextDayMove);
        Assert.Null(a.GrossMove);
        Assert.Equal(ReturnAttribution.Empty, ReturnAttribution.Of([]));
    }

    [Fact]
    public void Calculate_PeriodSummaries_CarryTheirOwnAttribution()
    {
        var later = TradeB with { SessionDate = D("2026-11-25") };

        var report = PerformanceCalculator.Default.Calculate([Session("2026-11-24"), Session("2026-11-25")], [TradeA, later]);

        Assert.Equal(0.06m, report.Days[0].Breakdown.Attribution.GrossMove);
        Assert.Equal(-0.03m, report.Days[1].Breakdown.Attribution.GrossMove);
        Assert.Equal(ReturnAttribution.Of([TradeA, later]), report.Overall.Breakdown.Attribution);
        Assert.Equal(ReturnAttribution.Of([TradeA, later]), report.Weeks.Single().Breakdown.Attribution);
        Assert.Equal(0.015m, report.Months.Single().Breakdown.Attribution.GrossMove);
    }
}
