using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>Score deciles over a period's trades: decile = ⌊10 × (trades with a strictly lower score) ÷ n⌋ + 1.</summary>
public sealed class ScoreDecileTests
{
    private static ClosedTrade Scored(int i, decimal? score, decimal pnl = 1_000m, decimal netReturn = 0.01m) =>
        Trade("2026-11-24", $"{i:000000}", pnl, netReturn) with { Score = score };

    private static TradeBreakdown Breakdown(IEnumerable<ClosedTrade> trades, PerformanceOptions? options = null) =>
        new PerformanceCalculator(options ?? new PerformanceOptions()).Calculate([Session("2026-11-24")], trades).Overall.Breakdown;

    [Fact]
    public void ByScoreDecile_NineScoredTrades_EmptyButCounted()
    {
        var trades = Enumerable.Range(1, 9).Select(i => Scored(i, 50m + i)).Append(Scored(10, null));

        var b = Breakdown(trades);

        Assert.Empty(b.ByScoreDecile);
        Assert.Equal(9, b.ScoredTrades); // the unscored trade is not part of n
    }

    [Fact]
    public void ByScoreDecile_TenDistinctScores_OneTradePerDecileLowestFirst()
    {
        // Given in descending order: the deciles follow the scores, not the input order.
        var trades = Enumerable.Range(1, 10).Reverse().Select(i => Scored(i, 40m + (i * 5m)));

        var b = Breakdown(trades);

        Assert.Equal(Enumerable.Range(1, 10), b.ByScoreDecile.Select(d => d.Decile));
        Assert.All(b.ByScoreDecile, d => Assert.Equal(1, d.Stats.Trades));
        Assert.Equal([45m, 50m, 55m, 60m, 65m, 70m, 75m, 80m, 85m, 90m], b.ByScoreDecile.Select(d => d.LowestScore!.Value));
        Assert.All(b.ByScoreDecile, d => Assert.Equal(d.LowestScore, d.HighestScore));
    }

    [Fact]
    public void ByScoreDecile_TwelveDistinctScores_DecilesOneAndSixTakeTwo()
    {
        // b = 0..11; ⌊10b ÷ 12⌋ + 1 = 1,1,2,3,4,5,6,6,7,8,9,10.
        var b = Breakdown(Enumerable.Range(0, 12).Select(i => Scored(i, 60m + i)));

        Assert.Equal([2, 1, 1, 1, 1, 2, 1, 1, 1, 1], b.ByScoreDecile.Select(d => d.Stats.Trades));
        Assert.Equal((60m, 61m), (b.ByScoreDecile[0].LowestScore!.Value, b.ByScoreDecile[0].HighestScore!.Value));
        Assert.Equal((66m, 67m), (b.ByScoreDecile[5].LowestScore!.Value, b.ByScoreDecile[5].HighestScore!.Value));
        Assert.Equal(71m, b.ByScoreDecile[9].LowestScore);
    }

    [Fact]
    public void ByScoreDecile_TiedScores_ShareTheLowestDecileTheirPositionsReach()
    {
        // Scores 50,50,50,60,60,70,80,90,90,95: b = 0,0,0,3,3,5,6,7,7,9 → deciles 1,1,1,4,4,6,7,8,8,10.
        decimal[] scores = [50m, 50m, 50m, 60m, 60m, 70m, 80m, 90m, 90m, 95m];
        var trades = scores.Select((s, i) => Scored(i, s, pnl: i % 2 == 0 ? 2_000m : -1_000m, netReturn: i % 2 == 0 ? 0.02m : -0.01m));

        var b = Breakdown(trades);

        Assert.Equal([3, 0, 0, 2, 0, 1, 1, 2, 0, 1], b.ByScoreDecile.Select(d => d.Stats.Trades));
        var first = b.ByScoreDecile[0];                 // trades 0 (+), 1 (−), 2 (+)
        Assert.Equal((50m, 50m), (first.LowestScore!.Value, first.HighestScore!.Value));
        Assert.Equal(new TradeGroupStats(3, 2, 1, 2m / 3m, 0.01m, 3_000m), first.Stats);
        var empty = b.ByScoreDecile[1];
        Assert.Equal(new ScoreDecilePerformance(2, null, null, new TradeGroupStats(0, 0, 0, null, null, 0m)), empty);
        Assert.Equal(new TradeGroupStats(2, 1, 1, 0.5m, 0.005m, 1_000m), b.ByScoreDecile[7].Stats); // trades 7 (−), 8 (+), both 90
    }

    [Fact]
    public void ByScoreDecile_AllScoresEqual_AllInDecileOne()
    {
        var b = Breakdown(Enumerable.Range(0, 10).Select(i => Scored(i, 42.5m)));

        Assert.Equal(10, b.ByScoreDecile[0].Stats.Trades);
        Assert.All(b.ByScoreDecile.Skip(1), d => Assert.Equal(0, d.Stats.Trades));
    }

    [Fact]
    public void ByScoreDecile_MinimumRaisedByOption_TenTradesAreNotEnough()
    {
        var trades = Enumerable.Range(0, 10).Select(i => Scored(i, 50m + i)).ToArray();

        Assert.Empty(Breakdown(trades, new PerformanceOptions { ScoreDecileMinimumTrades = 11 }).ByScoreDecile);
        Assert.Equal(10, Breakdown(trades, new PerformanceOptions { ScoreDecileMinimumTrades = 10 }).ByScoreDecile.Length);
    }

    [Fact]
    public void Options_DecileMinimumBelowTen_IsRefused() =>
        Assert.Throws<KisTrader.Trading.Options.InvalidOptionsException>(() => new PerformanceCalculator(new PerformanceOptions { ScoreDecileMinimumTrades = 9 }));
}
