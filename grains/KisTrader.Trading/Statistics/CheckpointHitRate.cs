namespace KisTrader.Trading.Statistics;

/// <summary>
/// How often an after-hours checkpoint found symbols at or above its threshold, and what it bought. How the trades it
/// bought did is <see cref="TradeBreakdown.ByCheckpoint"/> (the trades whose entry checkpoint it is).
/// </summary>
/// <param name="Checkpoint">The base checkpoint time.</param>
/// <param name="Sessions">Sessions that evaluated the checkpoint.</param>
/// <param name="SessionsWithHit">Sessions in which it found at least one hit.</param>
/// <param name="Monitored">Σ symbols evaluated.</param>
/// <param name="Hits">Σ symbols at or above the threshold.</param>
/// <param name="HitRate">Hits ÷ monitored; null when nothing was monitored.</param>
/// <param name="SessionHitRate">Sessions with a hit ÷ sessions; null when no session evaluated it.</param>
/// <param name="Buys">Σ buy orders it decided.</param>
public sealed record CheckpointHitRate(
    TimeOnly Checkpoint, int Sessions, int SessionsWithHit, int Monitored, int Hits, decimal? HitRate, decimal? SessionHitRate, int Buys = 0);
