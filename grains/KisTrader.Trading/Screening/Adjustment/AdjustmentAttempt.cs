using System.Collections.Immutable;
using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening.Adjustment;

/// <summary>One filtering pass at one level, as recorded with the session (strategy.md §4).</summary>
/// <param name="Step">1 for the base pass, then 2, 3 … in the order tried.</param>
/// <param name="Level">The level tried.</param>
/// <param name="Thresholds">The six thresholds of that level.</param>
/// <param name="Evaluated">Symbols that passed the base filters and were tested.</param>
/// <param name="Passed">Symbols that passed all six conditions at this level.</param>
/// <param name="PassedByCondition">Per condition (C1 … C6), how many of the evaluated symbols passed it at this level.</param>
/// <param name="Verdict">How <paramref name="Passed"/> compares with the target range.</param>
/// <param name="Kept">True for the attempt whose result the screen kept.</param>
public sealed record AdjustmentAttempt(
    int Step,
    ScreeningLevel Level,
    ConditionVector Thresholds,
    int Evaluated,
    int Passed,
    ImmutableArray<int> PassedByCondition,
    AttemptVerdict Verdict,
    bool Kept);
