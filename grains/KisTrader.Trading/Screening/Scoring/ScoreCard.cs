using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening.Scoring;

/// <summary>A symbol's sub-scores and score (strategy.md §3).</summary>
/// <param name="SubScores">s_c = clamp((v − T_base) ÷ (F − T_base), 0, 1) per condition, unrounded.</param>
/// <param name="Score">100 × Σ w·s ÷ Σ w computed exactly, then rounded once to 2 decimals (midpoint away from zero; always two places); 0 … 100. Ranking uses it.</param>
public sealed record ScoreCard(ConditionVector SubScores, decimal Score);
