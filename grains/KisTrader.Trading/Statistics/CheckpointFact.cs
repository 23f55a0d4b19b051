namespace KisTrader.Trading.Statistics;

/// <summary>One after-hours checkpoint of a session: how many symbols it evaluated, how many signalled, how many it bought.</summary>
/// <param name="Checkpoint">The base checkpoint time (16:00, 16:30, 17:00, 17:30).</param>
/// <param name="Monitored">Symbols evaluated at the checkpoint (an observed price, not bought earlier in the session).</param>
/// <param name="Hits">Of those, symbols whose change from the close was at or above the checkpoint's threshold (a signal).</param>
/// <param name="Buys">Buy orders the checkpoint decided (a hit can go unbought: zero quantity, no cash).</param>
public sealed record CheckpointFact(TimeOnly Checkpoint, int Monitored, int Hits, int Buys = 0);
