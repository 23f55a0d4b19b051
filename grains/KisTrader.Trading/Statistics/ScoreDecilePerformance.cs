namespace KisTrader.Trading.Statistics;

/// <summary>
/// The trades of one screening-score decile of a period, and how they did. Decile 1 holds the lowest scores, 10 the
/// highest; see <see cref="TradeBreakdown.ByScoreDecile"/> for how trades are assigned.
/// </summary>
/// <param name="Decile">1–10.</param>
/// <param name="LowestScore">The lowest score in the decile; null when it is empty.</param>
/// <param name="HighestScore">The highest score in the decile; null when it is empty.</param>
/// <param name="Stats">Its trades' win rate and returns.</param>
public sealed record ScoreDecilePerformance(int Decile, decimal? LowestScore, decimal? HighestScore, TradeGroupStats Stats);
