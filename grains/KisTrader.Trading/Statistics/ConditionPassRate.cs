namespace KisTrader.Trading.Statistics;

/// <summary>A core condition's pass rate over a period: Σ passed ÷ Σ evaluated.</summary>
/// <param name="Condition">The condition id.</param>
/// <param name="Evaluated">Σ candidates evaluated.</param>
/// <param name="Passed">Σ candidates that passed.</param>
/// <param name="Rate">Passed ÷ evaluated; null when nothing was evaluated.</param>
public sealed record ConditionPassRate(string Condition, int Evaluated, int Passed, decimal? Rate);
