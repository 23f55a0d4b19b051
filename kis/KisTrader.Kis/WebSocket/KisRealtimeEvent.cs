namespace KisTrader.Kis.WebSocket;

/// <summary>Something the realtime client delivers: market data, a fill notice, or a connection/subscription change.</summary>
public abstract record KisRealtimeEvent
{
    /// <summary>When the client received it (the client's TimeProvider, UTC).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
