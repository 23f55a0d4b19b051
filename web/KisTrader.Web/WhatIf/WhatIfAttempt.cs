using System.Collections.Immutable;

namespace KisTrader.Web.WhatIf;

/// <summary>One filtering pass of the dynamic adjustment.</summary>
/// <param name="Step">1, 2, … in the order tried.</param>
/// <param name="Level">The level tried.</param>
/// <param name="Thresholds">The six thresholds at that level.</param>
/// <param name="Evaluated">Listings that passed the base filters.</param>
/// <param name="Passed">Listings passing all six at that level.</param>
/// <param name="PassedByCondition">How many passed each condition at that level (C1 … C6).</param>
/// <param name="Verdict">BelowTarget, WithinTarget or AboveTarget.</param>
/// <param name="Kept">True for the level whose result was kept.</param>
public sealed record WhatIfAttempt(
    int Step,
    string Level,
    ConditionValues Thresholds,
    int Evaluated,
    int Passed,
    ImmutableArray<int> PassedByCondition,
    string Verdict,
    bool Kept);
