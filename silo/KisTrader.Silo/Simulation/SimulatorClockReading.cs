namespace KisTrader.Silo.Simulation;

/// <summary>The KIS simulator's <c>GET /sim/clock</c> answer, as far as a following silo reads it.</summary>
/// <param name="Now">The simulator's simulated now.</param>
/// <param name="Speed">Simulated seconds per wall second (null when its clock is not controllable: taken as 1).</param>
/// <param name="Paused">Whether its clock stands still.</param>
internal sealed record SimulatorClockReading(DateTimeOffset Now, decimal? Speed, bool? Paused);
