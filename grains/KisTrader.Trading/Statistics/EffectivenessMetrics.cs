using System.Collections.Immutable;
using KisTrader.Trading.Exits;

namespace KisTrader.Trading.Statistics;

/// <summary>The exit-reason mix and the strategy-effectiveness aggregates of a period.</summary>
internal static class EffectivenessMetrics
{
    public static ImmutableArray<ExitReasonShare> ExitReasons(IReadOnlyList<ClosedTrade> trades)
    {
        var sold = trades.SelectMany(t => t.Exits).Sum(e => e.Fill.Quantity);
        return
        [
            .. Enum.GetValues<ExitReason>().Select(reason =>
            {
                var quantity = trades.SelectMany(t => t.Exits).Where(e => e.Reason == reason).Sum(e => e.Fill.Quantity);
                var tradeCount = trades.Count(t => t.Exits.Any(e => e.Reason == reason));
                return new ExitReasonShare(reason, tradeCount, quantity, sold == 0 ? null : (decimal)quantity / sold);
            }),
        ];
    }

    public static ImmutableArray<ConditionPassRate> ConditionPassRates(IReadOnlyList<SessionFacts> sessions) =>
    [
        .. sessions.SelectMany(s => s.ConditionPasses)
            .GroupBy(c => c.Condition, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var evaluated = g.Sum(c => c.Evaluated);
                var passed = g.Sum(c => c.Passed);
                return new ConditionPassRate(g.Key, evaluated, passed, evaluated == 0 ? null : (decimal)passed / evaluated);
            }),
    ];

    public static ImmutableArray<AdjustmentLevelUsage> AdjustmentLevels(IReadOnlyList<SessionFacts> sessions)
    {
        var levels = sessions.Where(s => s.AdjustmentLevel is not null).Select(s => s.AdjustmentLevel!).ToArray();
        return
        [
            .. levels.GroupBy(l => l, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new AdjustmentLevelUsage(g.Key, g.Count(), (decimal)g.Count() / levels.Length)),
        ];
    }

    public static ImmutableArray<CheckpointHitRate> Checkpoints(IReadOnlyList<SessionFacts> sessions) =>
    [
        .. sessions.SelectMany(s => s.Checkpoints)
            .GroupBy(c => c.Checkpoint)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var count = g.Count();
                var withHit = g.Count(c => c.Hits > 0);
                var monitored = g.Sum(c => c.Monitored);
                var hits = g.Sum(c => c.Hits);
                return new CheckpointHitRate(
                    g.Key, count, withHit, monitored, hits, monitored == 0 ? null : (decimal)hits / monitored, (decimal)withHit / count, g.Sum(c => c.Buys));
            }),
    ];

    public static PasserComparison NextDayReturns(IReadOnlyList<SessionFacts> sessions)
    {
        var outcomes = sessions.SelectMany(s => s.PasserOutcomes).ToArray();
        var selected = outcomes.Where(o => o.Selected).Select(o => o.NextDayReturn).ToArray();
        var unselected = outcomes.Where(o => !o.Selected).Select(o => o.NextDayReturn).ToArray();
        return new PasserComparison(selected.Length, Mean(selected), unselected.Length, Mean(unselected));
    }

    private static decimal? Mean(decimal[] values) => values.Length == 0 ? null : values.Sum() / values.Length;
}
