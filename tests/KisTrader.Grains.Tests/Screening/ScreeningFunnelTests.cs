using KisTrader.Grains.Screening;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening;

namespace KisTrader.Grains.Tests.Screening;

/// <summary>The funnel against the seeded simulator market, after the close of 2026-11-23.</summary>
[Collection(SimMarketCollection.Name)]
public sealed class ScreeningFunnelTests(SimMarketFixture sim)
{
    private const decimal Cash = 50_000_000m;
    private const string Quote = "FHKST01010100";
    private const string DailyChart = "FHKST03010100";
    private const string MinuteChart = "FHKST03010200";
    private const string Executions = "FHKST01010300";
    private const string IndexChart = "FHKUP03500100";
    private const string VolumeRank = "FHPST01710000";

    [Fact]
    public async Task Run_SeededMarket_SpendsCallsOnlyOnSurvivorsAndMatchesNaiveCollector()
    {
        var ct = TestContext.Current.CancellationToken;
        var funnel = sim.Funnel();
        var before = await sim.CallsByTrIdAsync();
        var run = await funnel.RunAsync(new FunnelCheckpoint { Date = SimMarketFixture.Day }, Cash, null, null, ct);
        var after = await sim.CallsByTrIdAsync();
        var stage = run.Stages.ToDictionary(s => s.Stage);

        // Each stage calls the broker exactly for what the previous stage left alive.
        Assert.Equal(0, stage[FunnelStage.Universe].Calls);
        Assert.Equal(stage[FunnelStage.Universe].Survivors, SimMarketFixture.Delta(before, after, DailyChart));
        Assert.Equal(stage[FunnelStage.History].Survivors, stage[FunnelStage.Quotes].Entered);
        Assert.Equal(run.Request.Universe.Count, SimMarketFixture.Delta(before, after, Quote));
        Assert.True(run.Request.Universe.Count < stage[FunnelStage.Quotes].Entered, "the trading-value ranking spares quotes");
        Assert.Equal(2, SimMarketFixture.Delta(before, after, IndexChart));
        Assert.Equal(stage[FunnelStage.Quotes].Calls - run.Request.Universe.Count - 2, SimMarketFixture.Delta(before, after, VolumeRank));
        Assert.Equal(stage[FunnelStage.Quotes].Survivors, SimMarketFixture.Delta(before, after, Executions));
        Assert.Equal(stage[FunnelStage.Details].Calls - stage[FunnelStage.Details].Entered, SimMarketFixture.Delta(before, after, MinuteChart));
        Assert.Equal(run.BrokerCalls, (int)after.Sum(p => SimMarketFixture.Delta(before, after, p.Key)));

        // Minute bars went only to the listings that could still pass relax 3 with their quote and history.
        var screener = new Screener(new ScreeningOptions());
        var schedule = KrxCalendar.Default.Schedule(SimMarketFixture.Day);
        var alive = run.Request.Universe
            .Where(i => screener.Assess(i with { MinuteBars = null, BrokerExecutionStrength = null }, schedule).CanStillPass)
            .Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(alive.Count, stage[FunnelStage.Details].Entered);
        Assert.NotEmpty(run.Request.Universe);
        Assert.All(run.Request.Universe, i => Assert.Equal(alive.Contains(i.Code), i.MinuteBars is not null));
        Assert.True(stage[FunnelStage.Details].Entered < stage[FunnelStage.Quotes].Entered / 2, "the cheap conditions prune most quoted listings");

        var naive = await sim.Naive().RunAsync(SimMarketFixture.Day, Cash, ct);
        // The ranking's bound: every listing of the funnel's universe that reaches the minimum trading value was quoted.
        var quoted = run.Request.Universe.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var filter = new ScreeningOptions().Universe;
        var universe = naive.Request.Universe.Where(i => i.Flags == Trading.Screening.Features.ListingFlags.None
            && i.DayTradingValue >= filter.MinDayTradingValue && i.Close >= filter.MinClose && i.Close <= filter.MaxClose
            && i.MarketCap >= filter.MinMarketCap && i.MarketCap <= filter.MaxMarketCap).ToList();
        Assert.NotEmpty(universe);
        Assert.All(universe, i => Assert.Contains(i.Code, quoted));
        Assert.True(run.BrokerCalls * 5 < naive.Calls, $"funnel {run.BrokerCalls} calls, naive {naive.Calls}");
        FunnelAssert.SameDecisions(naive.Result, run.Result);
        Assert.NotEmpty(run.Result.Candidates);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", run.Stages.Select(s => $"{s.Stage}: {s.Entered} → {s.Survivors}, {s.Calls} calls, {s.Elapsed.TotalSeconds:0.00} s"))
            + $"\nfunnel {run.BrokerCalls} calls (critical path {run.CriticalPathCalls}), naive {naive.Calls}; candidates {run.Result.Candidates.Length} at {run.Result.FinalLevel}");
    }

    [Fact]
    public async Task Run_CrashAfterQuotes_ResumesWithoutRefetchingFinishedStages()
    {
        var ct = TestContext.Current.CancellationToken;
        // Without the ranking (as on a paper key): every history survivor is quoted.
        var funnel = sim.Funnel(new FunnelOptions { UseTradingValueRank = false });
        var checkpoint = new FunnelCheckpoint { Date = SimMarketFixture.Day };
        var crash = await Assert.ThrowsAsync<InvalidOperationException>(() => funnel.RunAsync(checkpoint, Cash, c =>
            c.Quotes is null ? Task.CompletedTask : throw new InvalidOperationException("silo died"), null, ct));
        Assert.Equal("silo died", crash.Message);
        Assert.Equal(3, checkpoint.CompletedStages);
        Assert.Null(checkpoint.Details);
        Assert.Equal(checkpoint.Stages.Single(s => s.Stage == FunnelStage.History).Survivors, checkpoint.Quotes!.Count);

        var before = await sim.CallsByTrIdAsync();
        var resumed = await funnel.RunAsync(checkpoint, Cash, null, null, ct);
        var after = await sim.CallsByTrIdAsync();

        Assert.Equal(3, resumed.ResumedStages);
        Assert.Equal(0, SimMarketFixture.Delta(before, after, DailyChart));
        Assert.Equal(0, SimMarketFixture.Delta(before, after, Quote));
        Assert.Equal(0, SimMarketFixture.Delta(before, after, IndexChart));
        var details = resumed.Stages.Single(s => s.Stage == FunnelStage.Details);
        Assert.Equal(details.Entered, SimMarketFixture.Delta(before, after, Executions));
        Assert.Equal(details.Calls, (int)after.Sum(p => SimMarketFixture.Delta(before, after, p.Key)));

        var fresh = await funnel.RunAsync(new FunnelCheckpoint { Date = SimMarketFixture.Day }, Cash, null, null, ct);
        FunnelAssert.SameDecisions(fresh.Result, resumed.Result);
    }

    [Fact]
    public async Task Prefetch_BeforeTheClose_FillsUniverseAndHistoryOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var progress = new List<FunnelProgress>();
        var checkpoint = new FunnelCheckpoint { Date = SimMarketFixture.Day };
        var saved = new List<int>();
        await sim.Funnel().PrefetchAsync(checkpoint, c => { saved.Add(c.CompletedStages); return Task.CompletedTask; }, new SyncProgress(progress), ct);

        Assert.Equal([1, 2], saved);
        Assert.NotNull(checkpoint.History);
        Assert.Null(checkpoint.Quotes);
        Assert.Equal(checkpoint.Universe!.Count, checkpoint.History!.Count);
        Assert.True(checkpoint.PrunedByReason.Values.Sum() + checkpoint.Universe.Count == SimMarketFixture.KospiListings + SimMarketFixture.KosdaqListings
            || checkpoint.PrunedByReason.Values.Sum() + checkpoint.Universe.Count > 0);
        var last = progress.Last(p => p.Stage == FunnelStage.History);
        Assert.True(last.IsComplete);
        Assert.Equal(checkpoint.Universe.Count, last.Calls);
        Assert.StartsWith("stage 2/4: history ", last.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Records progress reports synchronously (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SyncProgress(List<FunnelProgress> sink) : IProgress<FunnelProgress>
    {
        public void Report(FunnelProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
