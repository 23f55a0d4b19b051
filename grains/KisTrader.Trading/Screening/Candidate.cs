using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening;

/// <summary>
/// A symbol that passed all six conditions at the kept level, ranked (strategy.md §3): by score descending, then day
/// trading value descending, then code ascending (ordinal). Carries everything needed to explain its place.
/// </summary>
public sealed record Candidate
{
    /// <summary>1-based rank in the screen.</summary>
    public required int Rank { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required Market.Market Market { get; init; }

    /// <summary>The day's close (the after-hours reference).</summary>
    public required decimal Close { get; init; }

    /// <summary>The previous close (reference of the day's ±30% limits).</summary>
    public required decimal PreviousClose { get; init; }

    /// <summary>Day trading value, KRW (the first tie-breaker).</summary>
    public required decimal DayTradingValue { get; init; }

    /// <summary>The score, 0 … 100, 2 decimals.</summary>
    public required decimal Score { get; init; }

    /// <summary>The six feature values.</summary>
    public required ConditionVector Values { get; init; }

    /// <summary>The six sub-scores (0 … 1, unrounded).</summary>
    public required ConditionVector SubScores { get; init; }

    /// <summary>The level it passed at (the kept level of the screen).</summary>
    public required ScreeningLevel Level { get; init; }

    /// <summary>The strictest level at which it passes all six (at or stricter than <see cref="Level"/>).</summary>
    public required ScreeningLevel StrictestLevel { get; init; }
}
