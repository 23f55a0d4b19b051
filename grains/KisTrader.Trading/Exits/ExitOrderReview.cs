namespace KisTrader.Trading.Exits;

/// <summary>The verdict on one working exit order.</summary>
/// <param name="Action">Keep, convert to market, completed or expired.</param>
/// <param name="Quantity">For a conversion, the shares the market order must sell (the unfilled rest); otherwise the unfilled rest.</param>
/// <param name="NextReviewAt">When a kept order must be reviewed again (its conversion deadline); null otherwise.</param>
/// <param name="Explanation">A human-readable reason.</param>
public sealed record ExitOrderReview(ExitOrderAction Action, long Quantity, DateTimeOffset? NextReviewAt, string Explanation);
