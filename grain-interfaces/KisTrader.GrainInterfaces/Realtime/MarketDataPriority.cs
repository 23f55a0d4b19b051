namespace KisTrader.GrainInterfaces;

/// <summary>
/// How much a market-data subscription matters when the 41-registration cap is reached (the KIS client's priorities):
/// a <see cref="Position"/> subscription may evict a <see cref="WatchList"/> one, which then waits ("parked") and comes
/// back when a slot frees; equal priorities never evict each other.
/// </summary>
[GenerateSerializer, Alias("KisTrader.MarketDataPriority")]
public enum MarketDataPriority
{
    /// <summary>Watch-list and screening symbols: evicted first.</summary>
    WatchList = 0,

    /// <summary>Symbols with an open position or order: exit checks depend on them.</summary>
    Position = 1,
}
