namespace KisTrader.Trading.Exits;

/// <summary>What to do with a working exit order.</summary>
public enum ExitOrderAction
{
    /// <summary>Leave it working; review again at <see cref="ExitOrderReview.NextReviewAt"/>.</summary>
    Keep,

    /// <summary>Cancel it and place a market order (ORD_DVSN "01") for the unfilled rest.</summary>
    CancelAndReplaceWithMarket,

    /// <summary>Fully filled: nothing left to manage.</summary>
    Completed,

    /// <summary>The session closed with a remainder unfilled: record it as expired and reconcile the position.</summary>
    Expired,
}
