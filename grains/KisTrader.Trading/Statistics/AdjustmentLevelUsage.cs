namespace KisTrader.Trading.Statistics;

/// <summary>How often an adjustment level's result was kept.</summary>
/// <param name="Level">The level label.</param>
/// <param name="Sessions">Sessions that kept this level.</param>
/// <param name="Share">Sessions ÷ sessions with a recorded level.</param>
public sealed record AdjustmentLevelUsage(string Level, int Sessions, decimal Share);
