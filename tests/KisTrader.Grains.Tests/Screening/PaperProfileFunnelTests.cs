using KisTrader.Grains.Screening;

namespace KisTrader.Grains.Tests.Screening;

/// <summary>
/// The funnel with a paper-profile client (모의투자: no volume-rank, no multi-symbol quote) against a paper simulator of
/// the seeded market, after the close of 2026-11-23.
/// </summary>
public sealed class PaperProfileFunnelTests(PaperSimMarketFixture sim) : IClassFixture<PaperSimMarketFixture>
{
    private const decimal Cash = 50_000_000m;
    private const string Quote = "FHKST01010100";
    private const string DailyChart = "FHKST03010100";
    private const string MinuteChart = "FHKST03010200";
    private const string Executions = "FHKST01010300";
    private const string IndexChart = "FHKUP03500100";
    private const string VolumeRank = "FHPST01710000";

    [Fact]
    public async Task Run_PaperClient_QuotesEveryHistorySurvivor_CountsNoRankCall_AndMatchesNaiveCollector()
    {
        var ct = TestContext.Current.CancellationToken;
        // Default options: the ranking is asked for, the paper client refuses it before sending, every survivor is quoted.
        var funnel = sim.Funnel();
        var before = await sim.CallsByTrIdAsync();
        var run = await funnel.RunAsync(new FunnelCheckpoint { Date = SimMarketFixture.Day }, Cash, null, null, ct);
        var after = await sim.CallsByTrIdAsync();
        var stage = run.Stages.ToDictionary(s => s.Stage);
        long Delta(string trId) => SimMarketFixture.Delta(before, after, trId);

        Assert.Equal(0, stage[FunnelStage.Universe].Calls);
        Assert.Equal(stage[FunnelStage.Universe].Survivors, Delta(DailyChart));
        Assert.Equal(stage[FunnelStage.History].Calls, Delta(DailyChart));
        Assert.Equal(0, Delta(VolumeRank));
        Assert.Equal(stage[FunnelStage.History].Survivors, stage[FunnelStage.Quotes].Entered);
        Assert.Equal(stage[FunnelStage.Quotes].Entered, Delta(Quote));
        Assert.Equal(2, Delta(IndexChart));
        Assert.Equal(2 + Delta(Quote), stage[FunnelStage.Quotes].Calls);
        Assert.Equal(stage[FunnelStage.Quotes].Survivors, stage[FunnelStage.Details].Entered);
        Assert.Equal(stage[FunnelStage.Details].Entered, Delta(Executions));
        Assert.Equal(stage[FunnelStage.Details].Calls - stage[FunnelStage.Details].Entered, Delta(MinuteChart));
        Assert.Equal(run.BrokerCalls, (int)after.Sum(p => Delta(p.Key)));
        Assert.Equal(run.CriticalPathCalls, 2 + Delta(Quote) + Delta(Executions) + Delta(MinuteChart));
        // No ranking on a paper key: nothing is cut for its trading value before the quote (the master file cannot say it).
        Assert.DoesNotContain(nameof(Trading.Screening.Universe.ExclusionReason.TradingValueBelowMinimum), run.PrunedBeforeQuotes.Keys);
        Assert.DoesNotContain(run.PrunedListings, p => p.Reasons.Any(r => r.Reason == Trading.Screening.Universe.ExclusionReason.TradingValueBelowMinimum));

        var naive = await sim.Naive().RunAsync(SimMarketFixture.Day, Cash, ct);
        Assert.True(run.BrokerCalls * 4 < naive.Calls, $"funnel {run.BrokerCalls} calls, naive {naive.Calls}");
        Assert.NotEmpty(run.Result.Candidates);
        FunnelAssert.SameDecisions(naive.Result, run.Result);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", run.Stages.Select(s => $"{s.Stage}: {s.Entered} → {s.Survivors}, {s.Calls} calls"))
            + $"\npaper funnel {run.BrokerCalls} calls (critical path {run.CriticalPathCalls}), naive {naive.Calls}; candidates {run.Result.Candidates.Length} at {run.Result.FinalLevel}");
    }
}
