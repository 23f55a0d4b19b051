using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Trading.Statistics;
using Microsoft.Extensions.Logging.Abstractions;
using static KisTrader.Grains.Tests.Statistics.SessionFactsMappingTests;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>
/// The checkpoint hit rates and the passers' next-day returns read from the journals: session Mon 2030-05-06 (screen with
/// A, B selected and C, D not, checkpoints 16:00 and 16:30), Tue 05-07 (its screen gives Mon's passers' D+1 closes).
/// </summary>
public sealed class TradingStatisticsEffectivenessTests
{
    private static readonly DateOnly Mon = new(2030, 5, 6);
    private static readonly DateTimeOffset Now = new(2030, 5, 8, 6, 35, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Now);
    private readonly InMemoryTradingJournal _journal;
    private readonly InMemoryAfterHoursJournal _afterHours = new();
    private readonly TradingStatistics _statistics;

    public TradingStatisticsEffectivenessTests()
    {
        _journal = new InMemoryTradingJournal(_clock, NullLogger<InMemoryTradingJournal>.Instance);
        _statistics = new TradingStatistics(
            _journal, new InMemoryTradeJournal(), new InMemoryDailyStatisticsStore(), new PerformanceOptions(), 10_000_000m, _clock,
            NullLogger<TradingStatistics>.Instance, _afterHours);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BuildReport_AfterHoursJournal_CheckpointHitRatesPerCheckpoint()
    {
        await ArrangeMondayAsync();

        var day = (await _statistics.BuildReportAsync(Mon, Mon, Ct)).Days.Single();

        // 16:00 at +2.0%: A +1.0%, B +0.5% (no hit) → 16:30 at +1.5%: A +2.0% bought, B +1.0%.
        Assert.Equal(
            [
                new CheckpointHitRate(new TimeOnly(16, 0), 1, 0, 2, 0, 0m, 0m, 0),
                new CheckpointHitRate(new TimeOnly(16, 30), 1, 1, 2, 1, 0.5m, 1m, 1),
            ],
            day.Checkpoints);
    }

    [Fact]
    public async Task BuildReport_NextSessionScreened_SelectedVsUnselectedNextDayReturns()
    {
        await ArrangeMondayAsync();
        await ScreenAsync(Mon.AddDays(1), Next(("A", 10_300m), ("B", 19_600m), ("C", 5_100m), ("D", 7_960m)));

        var report = await _statistics.BuildReportAsync(Mon, Mon.AddDays(1), Ct);

        Assert.Equal(new PasserComparison(2, 0.005m, 2, 0.0075m), report.Days[0].NextDayReturns);
        Assert.Equal(new PasserComparison(0, null, 0, null), report.Days[1].NextDayReturns); // Tue's next session is not screened
    }

    [Fact]
    public async Task BuildReport_NextSessionNotScreenedYet_NoOutcomesAndNotCachedAsFinal()
    {
        await ArrangeMondayAsync();
        await SessionAsync(Mon.AddDays(1), SessionState.Screening);

        var before = await _statistics.BuildReportAsync(Mon, Mon.AddDays(1), Ct);
        await ScreenAsync(Mon.AddDays(1), Next(("A", 10_300m), ("B", 19_600m), ("C", 5_100m), ("D", 7_960m)));
        var after = await _statistics.BuildReportAsync(Mon, Mon.AddDays(1), Ct);

        Assert.Equal(new PasserComparison(0, null, 0, null), before.Days[0].NextDayReturns);
        Assert.Equal(new PasserComparison(2, 0.005m, 2, 0.0075m), after.Days[0].NextDayReturns);
    }

    [Fact]
    public async Task BuildReport_CancelledDayBetween_NextSessionIsTheFirstNotCancelled()
    {
        await ArrangeMondayAsync();
        await SessionAsync(Mon.AddDays(1), SessionState.Cancelled);
        await ScreenAsync(Mon.AddDays(2), Next(("A", 10_300m), ("C", 5_100m)));

        var day = (await _statistics.BuildReportAsync(Mon, Mon, Ct)).Days.Single();

        Assert.Equal(new PasserComparison(1, 0.03m, 1, 0.02m), day.NextDayReturns);
    }

    private async Task ArrangeMondayAsync()
    {
        await ScreenAsync(Mon, Screen(("A", 10_000m, CandidateRole.Selected), ("B", 20_000m, CandidateRole.Selected), ("C", 5_000m, CandidateRole.Backup), ("D", 8_000m, CandidateRole.Candidate)));
        await _afterHours.RecordCheckpointAsync(Checkpoint(new TimeOnly(16, 30), 0.015m, 1, ("A", 0.02m, "Buy"), ("B", 0.01m, "Hold")), Ct);
        await _afterHours.RecordCheckpointAsync(Checkpoint(new TimeOnly(16, 0), 0.02m, 0, ("A", 0.01m, "Hold"), ("B", 0.005m, "Hold")), Ct);
    }

    private async Task ScreenAsync(DateOnly date, ScreeningRunRecord run)
    {
        await SessionAsync(date, SessionState.Closed);
        var record = run with { RunId = Guid.NewGuid(), TradingDate = date };
        await _journal.RecordScreeningRunAsync(record, Ct);
        await _journal.AppendEventAsync(
            new JournalEvent("session", GrainInterfaces.GrainKeys.TradingSession(date), "ScreeningFinished", Now, date, $$"""{"type":"ScreeningFinished","runId":"{{record.RunId}}"}"""), Ct);
    }

    private Task SessionAsync(DateOnly date, SessionState state) =>
        _journal.RecordSessionStateAsync(new SessionStateChange(date, state, TradingMode.Simulator, Now, "test"), Ct);
}
