namespace KisTrader.Trading.Statistics;

/// <summary>One after-hours checkpoint of a session: how many symbols it evaluated and how many met the threshold.</summary>
/// <param name="Checkpoint">The base checkpoint time (16:00, 16:30, 17:00, 17:30).</param>
/// <param name="Monitored">Symbols evaluated at the checkpoint.</param>
/// <param name="Hits">Symbols at or above the checkpoint's threshold.</param>
public sealed record CheckpointFact(TimeOnly Checkpoint, int Monitored, int Hits);
