using KisTrader.Grains.Screening;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Grains.Tests.Screening;

/// <summary>
/// strategy.md §3 Conventions "exclusion reasons are truthful", through the funnel against the simulator: a listing the
/// trading-value ranking drops before its quote is reported with the reasons the quote would have given (price, not
/// trading value), every one, the primary first, and counted under the primary.
/// </summary>
public sealed class TruthfulPruneReasonsTests(PriceBandMarketFixture sim) : IClassFixture<PriceBandMarketFixture>
{
    private const decimal Cash = 50_000_000m;

    [Fact]
    public async Task Run_LiquidListingsOutsideThePriceRange_PrunedBeforeQuotesAsPrice()
    {
        var ct = TestContext.Current.CancellationToken;
        var run = await sim.Funnel().RunAsync(new FunnelCheckpoint { Date = SimMarketFixture.Day }, Cash, null, null, ct);

        // Only the ordinary listing is quoted; the other four are cut by the ranking, each for what applies.
        Assert.Equal(["910130"], run.Request.Universe.Select(i => i.Code));
        Assert.Equal(
            [
                ("910100", new[] { ExclusionReason.CloseBelowMinimum }),
                ("910110", new[] { ExclusionReason.CloseAboveMaximum }),
                ("910120", new[] { ExclusionReason.MarketCapBelowMinimum, ExclusionReason.CloseBelowMinimum }),
                ("910140", new[] { ExclusionReason.TradingValueBelowMinimum }),
            ],
            run.PrunedListings.Select(p => (p.Code, p.Reasons.Select(r => r.Reason).ToArray())));
        Assert.Equal("close 999 KRW is below the minimum 1,000 KRW", run.PrunedListings[0].Reasons[0].Text);
        Assert.Equal("close 501,000 KRW is above the maximum 500,000 KRW", run.PrunedListings[1].Reasons[0].Text);
        Assert.Equal("market cap 89,910,000,000 KRW is below the minimum 100,000,000,000 KRW", run.PrunedListings[2].Reasons[0].Text);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["CloseBelowMinimum"] = 1,
                ["CloseAboveMaximum"] = 1,
                ["MarketCapBelowMinimum"] = 1,
                ["TradingValueBelowMinimum"] = 1,
            },
            run.PrunedBeforeQuotes.Where(p => p.Value > 0).ToDictionary());
        Assert.DoesNotContain("trading value (rank)", run.PrunedBeforeQuotes.Keys);
    }

    [Fact]
    public async Task Run_WithoutTheRanking_TheQuoteGivesTheSameReasons()
    {
        var ct = TestContext.Current.CancellationToken;
        var ranked = await sim.Funnel().RunAsync(new FunnelCheckpoint { Date = SimMarketFixture.Day }, Cash, null, null, ct);
        var quoted = await sim.Funnel(new FunnelOptions { UseTradingValueRank = false }).RunAsync(new FunnelCheckpoint { Date = SimMarketFixture.Day }, Cash, null, null, ct);

        // Every listing is quoted and the base filter excludes the same four for the same reasons in the same order;
        // where the ranking knew the close, with the same sentences.
        Assert.Empty(quoted.PrunedListings);
        Assert.Equal(
            ranked.PrunedListings.Select(p => (p.Code, string.Join(",", p.Reasons.Select(r => r.Reason)))),
            quoted.Result.Exclusions.Select(e => (e.Code, string.Join(",", e.Reasons.Select(r => r.Reason)))));
        Assert.Equal(
            ranked.PrunedListings.Where(p => p.Primary != ExclusionReason.TradingValueBelowMinimum).SelectMany(p => p.Reasons.Select(r => r.Text)),
            quoted.Result.Exclusions.Where(e => e.Primary != ExclusionReason.TradingValueBelowMinimum).SelectMany(e => e.Reasons.Select(r => r.Text)));
    }
}
