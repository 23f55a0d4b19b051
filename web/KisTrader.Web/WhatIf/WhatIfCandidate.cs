namespace KisTrader.Web.WhatIf;

/// <summary>A ranked candidate of the what-if screen.</summary>
/// <param name="Rank">1-based rank (score desc, trading value desc, code asc).</param>
/// <param name="Code">6-digit code.</param>
/// <param name="Name">Name as given.</param>
/// <param name="Market">KOSPI or KOSDAQ.</param>
/// <param name="Score">0 … 100, two decimals (half away from zero on the exact sum).</param>
/// <param name="Role">Selected, Backup or Candidate.</param>
/// <param name="StrictestLevel">The strictest level at which it passes all six.</param>
/// <param name="Values">C1 … C6, exact.</param>
/// <param name="SubScores">C1 … C6 sub-scores, 0 … 1, unrounded.</param>
public sealed record WhatIfCandidate(
    int Rank,
    string Code,
    string Name,
    string Market,
    decimal Score,
    string Role,
    string StrictestLevel,
    ConditionValues Values,
    ConditionValues SubScores);
