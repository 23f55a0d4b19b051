namespace KisTrader.Kis.WebSocket;

/// <summary>
/// A market-data record: <see cref="TradeTick"/>, <see cref="OrderBook"/> or <see cref="IndexTick"/>. Read from
/// <see cref="IKisRealtimeClient.MarketEvents"/>; under back-pressure the oldest are dropped (and counted).
/// </summary>
public abstract record KisMarketEvent : KisRealtimeEvent
{
    /// <summary>The TR ID that carried it (H0STCNT0, H0STASP0, …).</summary>
    public required string TrId { get; init; }

    /// <summary>The subscription key: 6-digit code, or index code for <see cref="IndexTick"/>.</summary>
    public required string Key { get; init; }

    /// <summary>Exchange time of the record (KST, HHMMSS from the frame).</summary>
    public required TimeOnly Time { get; init; }
}
