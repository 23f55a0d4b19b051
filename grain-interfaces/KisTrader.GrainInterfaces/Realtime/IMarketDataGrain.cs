namespace KisTrader.GrainInterfaces;

/// <summary>
/// The cluster's one owner of the KIS WebSocket session (KIS allows one session per app key, OPSP8996) — key
/// <see cref="GrainKeys.MarketData"/>. It reference-counts registrations by owner within the 41-registration cap,
/// publishes what arrives to <c>ticks/&lt;symbol&gt;</c> as <see cref="MarketDataEvent"/>, persists its subscription table
/// and, through a durable reminder, comes back (on any silo) and restores it when its silo dies.
/// Fill notices go to <c>fills/&lt;account key&gt;</c> (<see cref="SubscribeFillsAsync"/>). See grains/KisTrader.Grains/Realtime/README.md.
/// </summary>
[Alias("KisTrader.IMarketDataGrain")]
public interface IMarketDataGrain : IGrainWithStringKey
{
    /// <summary>
    /// Holds <paramref name="kinds"/> of <paramref name="symbol"/> for <paramref name="owner"/> at
    /// <paramref name="priority"/>. A kind someone already holds costs no registration; subscribing again with the same
    /// owner changes nothing. All or nothing: a refusal (cap reached, KIS refused) holds none of the kinds and says why.
    /// </summary>
    /// <exception cref="ArgumentException">Not a 6-digit code, an empty owner, or no/unknown kinds.</exception>
    [Alias("Subscribe")]
    Task<MarketDataSubscription> SubscribeAsync(string symbol, MarketDataKinds kinds, string owner, MarketDataPriority priority);

    /// <summary>
    /// Releases <paramref name="owner"/>'s hold on <paramref name="kinds"/> of <paramref name="symbol"/>; a registration goes
    /// (and frees its slot) when its last owner lets go. Returns how many holds were released (0 when none were held).
    /// </summary>
    [Alias("Unsubscribe")]
    Task<int> UnsubscribeAsync(string symbol, MarketDataKinds kinds, string owner);

    /// <summary>
    /// Holds the 체결통보 registration (H0STCNI0 real / H0STCNI9 paper, tr_key = the configured HTS ID, the highest priority:
    /// never evicted by market data) for <paramref name="owner"/>. Every notice it delivers is published as a
    /// <see cref="FillNoticeEvent"/> on <see cref="StreamIds.Fills"/> of its account, in order, never dropped, each once.
    /// The answer's <see cref="MarketDataSubscription.Symbol"/> is empty and its kinds are <see cref="MarketDataKinds.FillNotices"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An empty owner.</exception>
    [Alias("SubscribeFills")]
    Task<MarketDataSubscription> SubscribeFillsAsync(string owner);

    /// <summary>Releases <paramref name="owner"/>'s hold on the 체결통보 registration; returns 1 when it was held, else 0.</summary>
    [Alias("UnsubscribeFills")]
    Task<int> UnsubscribeFillsAsync(string owner);

    /// <summary>Registrations with owners, the session's state and counters. Answered while a subscribe waits.</summary>
    [Alias("GetStatus"), Orleans.Concurrency.AlwaysInterleave]
    Task<MarketDataStatus> GetStatusAsync();
}
