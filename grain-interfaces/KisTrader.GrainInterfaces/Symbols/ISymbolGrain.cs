namespace KisTrader.GrainInterfaces;

/// <summary>
/// One listed symbol (key: <see cref="GrainKeys.Symbol"/>, the 6-digit code): its listing facts and screened features
/// (persisted), and the latest snapshot kept from the symbol's market events (in memory), which the silo's tick dispatcher
/// delivers (<see cref="ReceiveTicksAsync"/>) and the grain forwards to the positions that follow it.
/// Watching asks the <see cref="IMarketDataGrain"/> for the realtime feeds.
/// </summary>
[Alias("KisTrader.ISymbolGrain")]
public interface ISymbolGrain : IGrainWithStringKey
{
    /// <summary>Listing, snapshot and the latest features.</summary>
    [Alias("Get")]
    Task<SymbolView> GetAsync();

    /// <summary>Stores (replaces) the listing facts.</summary>
    /// <exception cref="ArgumentException">The listing is of another code.</exception>
    [Alias("SetListing")]
    Task SetListingAsync(SymbolListing listing);

    /// <summary>Stores (replaces) the features of <see cref="SymbolFeatures.Date"/>.</summary>
    /// <exception cref="ArgumentException">Not exactly six values and six sub-scores.</exception>
    [Alias("SetScreenedFeatures")]
    Task SetScreenedFeaturesAsync(SymbolFeatures features);

    /// <summary>The features of <paramref name="date"/>, or null when the symbol was not screened (or not a candidate) that day.</summary>
    [Alias("GetFeatures")]
    Task<SymbolFeatures?> GetFeaturesAsync(DateOnly date);

    /// <summary>Asks the market-data grain to hold <paramref name="kinds"/> of this symbol for <paramref name="owner"/>.</summary>
    [Alias("Watch")]
    Task<MarketDataSubscription> WatchAsync(string owner, MarketDataKinds kinds, MarketDataPriority priority);

    /// <summary>Releases <paramref name="owner"/>'s hold; returns how many holds were released.</summary>
    [Alias("Unwatch")]
    Task<int> UnwatchAsync(string owner, MarketDataKinds kinds);

    /// <summary>
    /// The symbol's after-hours picture of <paramref name="date"/>: from the realtime feed when <paramref name="useFeed"/>
    /// and the feed brought anything that day; otherwise (feed down, symbol not registered, nothing yet) read once from
    /// inquire-overtime-price.
    /// </summary>
    [Alias("ObserveAfterHours"), Orleans.Concurrency.AlwaysInterleave]
    Task<AfterHoursQuoteView> ObserveAfterHoursAsync(DateOnly date, bool useFeed);

    /// <summary>
    /// The symbol's market events since the previous call, oldest first (the silo's tick dispatcher; at most one call in
    /// flight per symbol). Updates the snapshot, then hands the trades, in order, to every following position and
    /// returns when they have taken them. Interleaves: it only reads and replaces in-memory values between awaits.
    /// </summary>
    [Alias("ReceiveTicks"), Orleans.Concurrency.AlwaysInterleave]
    Task ReceiveTicksAsync(TickBatch batch);

    /// <summary>Adds the position <paramref name="positionKey"/> (of this symbol) to the persisted followers of its trades; idempotent.</summary>
    /// <exception cref="ArgumentException">Not a position key of this symbol.</exception>
    [Alias("FollowTicks")]
    Task FollowTicksAsync(string positionKey);

    /// <summary>Removes the position from the followers; idempotent.</summary>
    [Alias("UnfollowTicks")]
    Task UnfollowTicksAsync(string positionKey);
}
