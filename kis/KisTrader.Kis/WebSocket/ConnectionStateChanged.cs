namespace KisTrader.Kis.WebSocket;

/// <summary>The connection changed state (on <see cref="IKisRealtimeClient.Notices"/>).</summary>
public sealed record ConnectionStateChanged : KisRealtimeEvent
{
    public required RealtimeConnectionState State { get; init; }

    /// <summary>Why (e.g. "connection lost: …", "restored 12 of 12 registrations").</summary>
    public required string Reason { get; init; }
}
