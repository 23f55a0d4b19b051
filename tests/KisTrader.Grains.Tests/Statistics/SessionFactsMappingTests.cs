using KisTrader.Grains.Statistics;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Grains.Tests.Storage;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Tests.Statistics;

/// <summary>The journal rows behind the checkpoint hit rates and the selected-vs-unselected next-day returns, by hand.</summary>
public sealed class SessionFactsMappingTests
{
    private static readonly DateOnly Mon = new(2030, 5, 6);

    [Fact]
    public void Checkpoint_Observations_MonitoredHitsAndBuys()
    {
        // Threshold +1.5%: A +2.0% bought, B +1.5% (equal: a hit) with zero quantity, C +1.49% held, D −2.5% dropped,
        // E without a price (not evaluated), F bought at 16:00 (not evaluated again).
        var record = Checkpoint(new TimeOnly(16, 30), 0.015m, 1,
            ("A", 0.02m, "Buy"), ("B", 0.015m, "ZeroQuantity"), ("C", 0.0149m, "Hold"), ("D", -0.025m, "Drop"), ("E", null, "NoData"), ("F", 0.03m, "AlreadyBought"));

        Assert.Equal(new CheckpointFact(new TimeOnly(16, 30), 4, 2, 1), SessionFactsMapping.Checkpoint(record));
    }

    [Fact]
    public void Checkpoint_NothingObserved_ZeroMonitored()
    {
        var record = Checkpoint(new TimeOnly(16, 0), 0.02m, 0, ("A", null, "NoData"));

        Assert.Equal(new CheckpointFact(new TimeOnly(16, 0), 0, 0, 0), SessionFactsMapping.Checkpoint(record));
    }

    [Fact]
    public void PasserOutcomes_NextScreensCloses_SelectedAndUnselectedReturns()
    {
        // D closes: A 10,000 and B 20,000 selected, C 5,000 backup, D 8,000 candidate, E 1,000 candidate.
        // D+1 closes: A 10,300 (+3%), B 19,600 (−2%), C 5,100 (+2%), D 7,960 (−0.5%); E not in the next screen.
        var screen = Screen(("A", 10_000m, CandidateRole.Selected), ("B", 20_000m, CandidateRole.Selected), ("C", 5_000m, CandidateRole.Backup),
            ("D", 8_000m, CandidateRole.Candidate), ("E", 1_000m, CandidateRole.Candidate));
        var next = Next(("A", 10_300m), ("B", 19_600m), ("C", 5_100m), ("D", 7_960m), ("X", 1_000m));

        var outcomes = SessionFactsMapping.PasserOutcomes(screen, next);

        Assert.Equal(
            [new PasserOutcome("A", true, 0.03m), new PasserOutcome("B", true, -0.02m), new PasserOutcome("C", false, 0.02m), new PasserOutcome("D", false, -0.005m)],
            outcomes);
    }

    [Fact]
    public void PasserOutcomes_ZeroCloses_LeftOut()
    {
        var screen = Screen(("A", 0m, CandidateRole.Selected), ("B", 20_000m, CandidateRole.Selected));
        var next = Next(("A", 10_300m), ("B", 0m));

        Assert.Empty(SessionFactsMapping.PasserOutcomes(screen, next));
    }

    [Fact]
    public void PasserOutcomes_ThroughTheCalculator_AveragesAndDifference()
    {
        var screen = Screen(("A", 10_000m, CandidateRole.Selected), ("B", 20_000m, CandidateRole.Selected), ("C", 5_000m, CandidateRole.Backup), ("D", 8_000m, CandidateRole.Candidate));
        var next = Next(("A", 10_300m), ("B", 19_600m), ("C", 5_100m), ("D", 7_960m));
        var facts = new SessionFacts { SessionDate = Mon, Budget = 10_000_000m, PasserOutcomes = SessionFactsMapping.PasserOutcomes(screen, next) };

        var comparison = PerformanceCalculator.Default.Calculate([facts], []).Overall.NextDayReturns;

        // Selected (3% − 2%) ÷ 2 = 0.5%; unselected (2% − 0.5%) ÷ 2 = 0.75%; difference −0.25 pp.
        Assert.Equal(new PasserComparison(2, 0.005m, 2, 0.0075m), comparison);
        Assert.Equal(-0.0025m, comparison.Difference);
    }

    internal static AfterHoursCheckpointRecord Checkpoint(TimeOnly at, decimal threshold, int buys, params (string Code, decimal? Change, string Action)[] rows) =>
        new(Mon, at, DateTimeOffset.MinValue, threshold, threshold, buys, "",
            [.. rows.Select(r => new AfterHoursObservationRecord(r.Code, r.Change is null ? null : 10_000m * (1 + r.Change), r.Change is null ? null : "Match/Feed", r.Change, r.Action, ""))]);

    internal static ScreeningRunRecord Screen(params (string Code, decimal Close, CandidateRole Role)[] candidates)
    {
        var template = ScreeningScenario.Record(Guid.NewGuid()).Candidates[0];
        return ScreeningScenario.Record(Guid.NewGuid()) with
        {
            TradingDate = Mon,
            Candidates = [.. candidates.Select((c, i) => new JournalCandidate(template.Candidate with { Rank = i + 1, Code = c.Code, Close = c.Close }, c.Role))],
        };
    }

    internal static ScreeningRunRecord Next(params (string Code, decimal Close)[] closes)
    {
        var record = ScreeningScenario.Record(Guid.NewGuid());
        var template = record.Inputs[0];
        return record with { TradingDate = Mon.AddDays(1), Inputs = [.. closes.Select(c => template with { Code = c.Code, Close = c.Close })] };
    }
}
