namespace KisTrader.GrainInterfaces;

/// <summary>
/// The realtime feeds of one symbol that <see cref="IMarketDataGrain"/> can hold; each kind is one KIS WebSocket
/// registration (of the 41 per session).
/// </summary>
[Flags]
[GenerateSerializer, Alias("KisTrader.MarketDataKinds")]
public enum MarketDataKinds
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>H0STCNT0: regular-session trades (체결가).</summary>
    Trades = 1,

    /// <summary>H0STASP0: the 10-level order book with the expected auction price (호가).</summary>
    Quotes = 2,

    /// <summary>H0STOUP0: after-hours single-price matches (시간외 단일가 체결, 16:00–18:00).</summary>
    AfterHoursTrades = 4,

    /// <summary>H0STOAA0: the after-hours order book (9 levels).</summary>
    AfterHoursQuotes = 8,

    /// <summary>H0STOAC0: after-hours indicative (expected) prices between the 10-minute auctions.</summary>
    AfterHoursExpected = 16,

    /// <summary>Every per-symbol kind above (not <see cref="FillNotices"/>).</summary>
    All = Trades | Quotes | AfterHoursTrades | AfterHoursQuotes | AfterHoursExpected,

    /// <summary>
    /// H0STCNI0 real / H0STCNI9 paper: the 체결통보 of the configured HTS ID (every account of it), held through
    /// <see cref="IMarketDataGrain.SubscribeFillsAsync"/> and published on <c>fills/&lt;account key&gt;</c>. Not per symbol
    /// (its registration views and events carry an empty symbol).
    /// </summary>
    FillNotices = 32,
}
