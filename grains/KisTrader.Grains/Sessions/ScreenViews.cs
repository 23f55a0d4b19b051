using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Grains.Sessions;

/// <summary>Maps the funnel's and the screen's pure types to the wire DTOs of grain-interfaces.</summary>
internal static class ScreenViews
{
    public static StageView ToView(this StageStats s) =>
        new((int)s.Stage, s.Stage.ToString().ToLowerInvariant(), s.Entered, s.Survivors, s.Calls, s.Elapsed);

    public static ImmutableArray<decimal> Six(ConditionVector v) => [.. ConditionIds.All.Select(id => v[id])];

    public static ScreenView ToView(this FunnelRun run, DateOnly date, Guid runId, TimeSpan duration)
    {
        var result = run.Result;
        var selected = result.Selection.Selected.Select(c => c.Code).ToImmutableArray();
        var backups = result.Selection.Backups.Select(c => c.Code).ToImmutableArray();
        // Base-filter exclusions of quoted listings by primary reason, plus the funnel's cuts before any quote.
        var exclusions = result.Exclusions.GroupBy(e => e.Primary.ToString(), StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .Concat(run.PrunedBeforeQuotes.Where(p => p.Value > 0).Select(p => KeyValuePair.Create("before quotes: " + p.Key, p.Value)))
            .ToImmutableDictionary(StringComparer.Ordinal);
        return new ScreenView(
            date,
            runId,
            result.FinalLevel.ToString(),
            [.. result.Attempts.Select(a => new ScreenAttemptView(a.Step, a.Level.ToString(), Six(a.Thresholds), a.Evaluated, a.Passed, a.Kept))],
            [.. result.Candidates.Select(c => new ScreenCandidateView(
                c.Rank, c.Code, c.Name, c.Market.ToString(), c.Close, c.DayTradingValue, c.Score, Six(c.Values), Six(c.SubScores), c.Level.ToString(),
                selected.Contains(c.Code) ? "Selected" : backups.Contains(c.Code) ? "Backup" : "Candidate", c.PreviousClose))],
            selected,
            backups,
            result.Allocation.Items.ToImmutableDictionary(i => i.Code, i => i.Amount, StringComparer.Ordinal),
            result.Allocation.Unallocated,
            exclusions,
            [.. run.Stages.Select(ToView)],
            run.BrokerCalls,
            duration);
    }

    /// <summary>The after-hours re-search as a screen view (no stages, no broker calls: it reuses the cached data).</summary>
    public static ScreenView ToResearchView(this ScreeningResult result, DateOnly date, Guid runId)
    {
        var run = new FunnelRun(new ScreeningRequest([], result.Allocation.OrderableCash), result, [], ImmutableDictionary<string, int>.Empty, 0, []);
        return run.ToView(date, runId, TimeSpan.Zero);
    }
}
