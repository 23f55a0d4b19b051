using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// The KIS TR ID of each per-symbol <see cref="MarketDataKinds"/> flag and the client priority of each
/// <see cref="MarketDataPriority"/> (the 체결통보 TR and key come from the client's settings: H0STCNI0/H0STCNI9, the HTS ID).
/// </summary>
internal static class MarketDataFeeds
{
    private static readonly MarketDataKinds[] Singles =
    [
        MarketDataKinds.Trades,
        MarketDataKinds.Quotes,
        MarketDataKinds.AfterHoursTrades,
        MarketDataKinds.AfterHoursQuotes,
        MarketDataKinds.AfterHoursExpected,
    ];

    /// <summary>True when <paramref name="kinds"/> names at least one kind and nothing unknown.</summary>
    public static bool IsValid(MarketDataKinds kinds) => kinds != MarketDataKinds.None && (kinds & ~MarketDataKinds.All) == 0;

    /// <summary>The single kinds in <paramref name="kinds"/>, in a fixed order.</summary>
    public static IReadOnlyList<MarketDataKinds> Split(MarketDataKinds kinds) => [.. Singles.Where(k => (kinds & k) != 0)];

    public static string TrId(MarketDataKinds kind) => kind switch
    {
        MarketDataKinds.Trades => KisRealtimeTrIds.Trade,
        MarketDataKinds.Quotes => KisRealtimeTrIds.OrderBook,
        MarketDataKinds.AfterHoursTrades => KisRealtimeTrIds.AfterHoursTrade,
        MarketDataKinds.AfterHoursQuotes => KisRealtimeTrIds.AfterHoursOrderBook,
        MarketDataKinds.AfterHoursExpected => KisRealtimeTrIds.AfterHoursExpectedTrade,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "One single market-data kind is expected."),
    };

    /// <summary>The single kind of a KIS TR ID (<see cref="MarketDataKinds.FillNotices"/> for 체결통보), or None for a TR this grain does not hold (index ticks).</summary>
    public static MarketDataKinds KindOf(string trId) =>
        trId is KisRealtimeTrIds.FillNotice or KisRealtimeTrIds.FillNoticePaper
            ? MarketDataKinds.FillNotices
            : Singles.FirstOrDefault(k => string.Equals(TrId(k), trId, StringComparison.Ordinal));

    public static SubscriptionPriority ToClient(MarketDataPriority priority) => priority switch
    {
        MarketDataPriority.WatchList => SubscriptionPriority.WatchList,
        MarketDataPriority.Position => SubscriptionPriority.Position,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown market-data priority."),
    };
}
