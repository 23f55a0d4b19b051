using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Scoring;

namespace KisTrader.Trading.Screening;

/// <summary>
/// A symbol that passed the base filters: its features and how it fared. Re-filtering and the re-search work from
/// these, never from the inputs.
/// </summary>
public sealed record SymbolEvaluation
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required Market.Market Market { get; init; }

    public required decimal Close { get; init; }

    public required decimal PreviousClose { get; init; }

    public required decimal DayTradingValue { get; init; }

    /// <summary>The six features (with the reason for any that is not known).</summary>
    public required SymbolFeatures Features { get; init; }

    /// <summary>Sub-scores and score when all six features are known; null otherwise.</summary>
    public required ScoreCard? Score { get; init; }

    /// <summary>The conditions passed at the result's level (pass/fail per condition).</summary>
    public required ConditionSet Passed { get; init; }

    /// <summary>The strictest level at which all six pass, or null when it fails even relax 3.</summary>
    public required ScreeningLevel? StrictestLevel { get; init; }

    /// <summary>Its rank when it is a candidate of the result; null otherwise (failed, beyond the cap, or skipped).</summary>
    public int? Rank { get; init; }

    /// <summary>True when it passed the result's level.</summary>
    public bool PassedLevel => Passed == ConditionSet.All;
}
