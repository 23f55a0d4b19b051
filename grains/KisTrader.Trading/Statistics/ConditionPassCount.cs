namespace KisTrader.Trading.Statistics;

/// <summary>How many screened candidates one core condition was evaluated on in a session, and how many passed it.</summary>
/// <param name="Condition">The condition id ("C1" ... "C6").</param>
/// <param name="Evaluated">Candidates the condition was evaluated on (those that passed the base filters).</param>
/// <param name="Passed">Candidates that met the condition at the base level.</param>
public sealed record ConditionPassCount(string Condition, int Evaluated, int Passed);
