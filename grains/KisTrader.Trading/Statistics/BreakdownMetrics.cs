using System.Collections.Immutable;
using KisTrader.Trading.Exits;

namespace KisTrader.Trading.Statistics;

/// <summary>Builds a period's <see cref="TradeBreakdown"/> from its closed trades.</summary>
internal static class BreakdownMetrics
{
    public const int Deciles = 10;

    public static TradeBreakdown Of(IReadOnlyList<ClosedTrade> trades, int decileMinimumTrades)
    {
        var scored = trades.Where(t => t.Score is not null).ToArray();
        return new TradeBreakdown
        {
            Attribution = ReturnAttribution.Of(trades),
            ByCheckpoint = ByCheckpoint(trades),
            ByScoreDecile = scored.Length < decileMinimumTrades ? [] : ByScoreDecile(scored),
            ScoredTrades = scored.Length,
            ByExitRule = ByExitRule(trades),
        };
    }

    /// <summary>⌊10 × (scored trades with a strictly lower score) ÷ n⌋ + 1, over the scores sorted ascending.</summary>
    public static int DecileOf(decimal score, decimal[] sortedScores)
    {
        // Lower bound: the first index whose score is not below, i.e. how many are strictly lower.
        int below = 0, end = sortedScores.Length;
        while (below < end)
        {
            var middle = below + ((end - below) / 2);
            if (sortedScores[middle] < score)
            {
                below = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        return (int)((long)Deciles * below / sortedScores.Length) + 1;
    }

    private static ImmutableArray<CheckpointPerformance> ByCheckpoint(IReadOnlyList<ClosedTrade> trades) =>
    [
        .. trades.GroupBy(t => t.EntryCheckpoint)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key)
            .Select(g => new CheckpointPerformance(g.Key, TradeGroupStats.Of([.. g]))),
    ];

    private static ImmutableArray<ScoreDecilePerformance> ByScoreDecile(ClosedTrade[] scored)
    {
        var scores = scored.Select(t => t.Score!.Value).Order().ToArray();
        var byDecile = scored.ToLookup(t => DecileOf(t.Score!.Value, scores));
        return
        [
            .. Enumerable.Range(1, Deciles).Select(d =>
            {
                var members = byDecile[d].ToArray();
                return new ScoreDecilePerformance(
                    d,
                    members.Length == 0 ? null : members.Min(t => t.Score),
                    members.Length == 0 ? null : members.Max(t => t.Score),
                    TradeGroupStats.Of(members));
            }),
        ];
    }

    private static ImmutableArray<ExitRulePerformance> ByExitRule(IReadOnlyList<ClosedTrade> trades) =>
    [
        .. trades.Select(t => (Trade: t, Rules: ExitPath(t)))
            .GroupBy(x => Label(x.Rules), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ExitRulePerformance(g.Key, g.First().Rules, TradeGroupStats.Of([.. g.Select(x => x.Trade)]))),
    ];

    // Distinct reasons in order of first use; OrderBy is stable, so sells at the same instant keep their given order.
    private static ImmutableArray<ExitReason> ExitPath(ClosedTrade trade)
    {
        var path = ImmutableArray.CreateBuilder<ExitReason>();
        foreach (var exit in trade.Exits.OrderBy(e => e.Fill.Time))
        {
            if (!path.Contains(exit.Reason))
            {
                path.Add(exit.Reason);
            }
        }

        return path.ToImmutable();
    }

    private static string Label(ImmutableArray<ExitReason> rules) => string.Join('+', rules);
}
