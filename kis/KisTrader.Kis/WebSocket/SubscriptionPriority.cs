namespace KisTrader.Kis.WebSocket;

/// <summary>
/// How much a subscription matters when the 41-registration cap is reached. A request may evict a registration of
/// strictly lower priority (lowest first; among equals the most recently registered); equal or higher ones are never
/// evicted. Evicted subscriptions stay held and come back when a slot frees.
/// </summary>
public enum SubscriptionPriority
{
    /// <summary>Watch-list and screening symbols: evicted first.</summary>
    WatchList = 0,

    /// <summary>Symbols with an open position or order (exit checks depend on them).</summary>
    Position = 1,

    /// <summary>Account feeds (체결통보): never evicted by market data.</summary>
    Account = 2,
}
