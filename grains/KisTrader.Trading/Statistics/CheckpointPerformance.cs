namespace KisTrader.Trading.Statistics;

/// <summary>The trades one after-hours checkpoint decided to buy, and how they did.</summary>
/// <param name="Checkpoint">The base checkpoint time (16:00, 16:30, 17:00, 17:30); null for trades whose checkpoint is unknown.</param>
/// <param name="Stats">Their win rate and returns.</param>
public sealed record CheckpointPerformance(TimeOnly? Checkpoint, TradeGroupStats Stats);
