using KisTrader.Trading.Exits;
using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>Win rate and average net return by entry checkpoint and by exit path.</summary>
public sealed class CheckpointAndExitRuleTests
{
    private static readonly TimeOnly At1600 = new(16, 0);
    private static readonly TimeOnly At1630 = new(16, 30);

    [Fact]
    public void ByCheckpoint_GroupsAscendingWithUnknownLast()
    {
        ClosedTrade[] trades =
        [
            Trade("2026-11-24", "A", 30_000m, 0.03m) with { EntryCheckpoint = At1630 },
            Trade("2026-11-24", "B", -20_000m, -0.02m) with { EntryCheckpoint = At1600 },
            Trade("2026-11-24", "C", 0m, 0m),
            Trade("2026-11-24", "D", 50_000m, 0.05m) with { EntryCheckpoint = At1600 },
            Trade("2026-11-24", "E", 10_000m, 0.01m) with { EntryCheckpoint = At1600 },
        ];

        var b = PerformanceCalculator.Default.Calculate([Session("2026-11-24")], trades).Overall.Breakdown;

        Assert.Equal(
            [
                new CheckpointPerformance(At1600, new TradeGroupStats(3, 2, 1, 2m / 3m, 0.04m / 3m, 40_000m)),
                new CheckpointPerformance(At1630, new TradeGroupStats(1, 1, 0, 1m, 0.03m, 30_000m)),
                new CheckpointPerformance(null, new TradeGroupStats(1, 0, 0, 0m, 0m, 0m)), // break-even: neither win nor loss
            ],
            b.ByCheckpoint);
    }

    [Fact]
    public void ByExitRule_PathOfDistinctReasonsInSellTimeOrder()
    {
        ClosedTrade[] trades =
        [
            Trade("2026-11-24", "A", 50_000m, 0.05m, (100, ExitReason.TakeProfit)),
            Trade("2026-11-24", "B", -30_000m, -0.03m, (100, ExitReason.StopLoss)),
            Trade("2026-11-24", "C", 20_000m, 0.02m, (50, ExitReason.PartialTakeProfit), (50, ExitReason.ForcedExit)),
            Trade("2026-11-24", "D", -4_000m, -0.004m, (50, ExitReason.PartialTakeProfit), (50, ExitReason.ForcedExit)),
            Trade("2026-11-24", "E", 10_000m, 0.01m, (50, ExitReason.PartialTakeProfit), (50, ExitReason.FlatRangeExit)),
            // Two stop-loss sells (a limit, then the market order for the rest): one reason, one path.
            Trade("2026-11-24", "F", -35_000m, -0.035m, (60, ExitReason.StopLoss), (40, ExitReason.StopLoss)),
        ];

        var b = PerformanceCalculator.Default.Calculate([Session("2026-11-24")], trades).Overall.Breakdown;

        Assert.Equal(
            ["PartialTakeProfit+FlatRangeExit", "PartialTakeProfit+ForcedExit", "StopLoss", "TakeProfit"],
            b.ByExitRule.Select(r => r.Label));
        Assert.Equal([ExitReason.PartialTakeProfit, ExitReason.ForcedExit], b.ByExitRule[1].Rules);
        Assert.Equal(new TradeGroupStats(1, 1, 0, 1m, 0.01m, 10_000m), b.ByExitRule[0].Stats);
        Assert.Equal(new TradeGroupStats(2, 1, 1, 0.5m, 0.008m, 16_000m), b.ByExitRule[1].Stats);   // (0.02 − 0.004) ÷ 2
        Assert.Equal(new TradeGroupStats(2, 0, 2, 0m, -0.0325m, -65_000m), b.ByExitRule[2].Stats);  // (−0.03 − 0.035) ÷ 2
        Assert.Equal(new TradeGroupStats(1, 1, 0, 1m, 0.05m, 50_000m), b.ByExitRule[3].Stats);
        Assert.Equal(trades.Length, b.ByExitRule.Sum(r => r.Stats.Trades));
    }

    [Fact]
    public void ByExitRule_SellsGivenOutOfTimeOrder_PathFollowsTheFillTimes()
    {
        var trade = Trade("2026-11-24", "A", 1_000m, 0.001m, (50, ExitReason.PartialTakeProfit), (50, ExitReason.ForcedExit));
        // The forced sell first in the list, but two hours later in time.
        var reversed = trade with
        {
            Exits =
            [
                trade.Exits[1] with { Fill = trade.Exits[1].Fill with { Time = trade.Exits[1].Fill.Time.AddHours(2) } },
                trade.Exits[0],
            ],
        };

        var b = PerformanceCalculator.Default.Calculate([Session("2026-11-24")], [reversed]).Overall.Breakdown;

        Assert.Equal("PartialTakeProfit+ForcedExit", b.ByExitRule.Single().Label);
    }

    [Fact]
    public void Breakdown_NoTrades_EmptyGroupsAndNullRatios()
    {
        var b = PerformanceCalculator.Default.Calculate([Session("2026-11-24")], []).Overall.Breakdown;

        Assert.Empty(b.ByCheckpoint);
        Assert.Empty(b.ByScoreDecile);
        Assert.Empty(b.ByExitRule);
        Assert.Equal(0, b.ScoredTrades);
        Assert.Equal(ReturnAttribution.Empty, b.Attribution);
        Assert.Null(b.Attribution.GrossMove);
    }

    [Fact]
    public void Breakdown_FourSessionExample_PerPeriodGroups()
    {
        var report = PerformanceCalculator.Default.Calculate(StatisticsTestData.Sessions, Trades);

        // None of the example trades records a close, an open, a checkpoint or a score.
        Assert.Equal(4, report.Overall.Breakdown.Attribution.Unattributed);
        Assert.Equal([4], report.Overall.Breakdown.ByCheckpoint.Select(c => c.Stats.Trades));
        Assert.Equal(["PartialTakeProfit+ForcedExit", "StopLoss", "TakeProfit"], report.Overall.Breakdown.ByExitRule.Select(r => r.Label));
        Assert.Equal(["PartialTakeProfit+ForcedExit", "StopLoss"], report.Days[0].Breakdown.ByExitRule.Select(r => r.Label));
        Assert.Equal(new TradeGroupStats(2, 0, 2, 0m, -0.025m, -190_000m), report.Overall.Breakdown.ByExitRule.Single(r => r.Label == "StopLoss").Stats);
        Assert.Empty(report.Days[2].Breakdown.ByExitRule);
    }
}
