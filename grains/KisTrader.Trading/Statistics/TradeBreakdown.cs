using System.Collections.Immutable;

namespace KisTrader.Trading.Statistics;

/// <summary>What no peer reports for an overnight strategy: where the return came from, and which entries and exits work.</summary>
public sealed record TradeBreakdown
{
    /// <summary>The period's return split into after-hours entry, overnight gap and next-day move.</summary>
    public required ReturnAttribution Attribution { get; init; }

    /// <summary>Per entry checkpoint, ascending; trades with no recorded checkpoint last (checkpoint null).</summary>
    public required ImmutableArray<CheckpointPerformance> ByCheckpoint { get; init; }

    /// <summary>
    /// Per screening-score decile over the period's trades that have a score (n of them). With n below
    /// <see cref="PerformanceOptions.ScoreDecileMinimumTrades"/> (default 10) the list is empty: a decile of less than
    /// one trade says nothing. Otherwise all ten deciles are listed, 1 (lowest scores) to 10, and a trade goes to decile
    /// ⌊10 × b ÷ n⌋ + 1, where b is the number of scored trades with a strictly lower score: equal scores share a decile
    /// (the lowest their positions reach), so a decile may be empty (0 trades, null scores and ratios).
    /// </summary>
    public required ImmutableArray<ScoreDecilePerformance> ByScoreDecile { get; init; }

    /// <summary>Trades that had a score (the deciles' n), whether or not deciles were formed.</summary>
    public required int ScoredTrades { get; init; }

    /// <summary>Per exit path (see <see cref="ExitRulePerformance"/>), ordered by label (ordinal).</summary>
    public required ImmutableArray<ExitRulePerformance> ByExitRule { get; init; }
}
