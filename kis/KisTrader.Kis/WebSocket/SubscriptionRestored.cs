namespace KisTrader.Kis.WebSocket;

/// <summary>A parked (evicted) subscription got a slot again and is registered (on <see cref="IKisRealtimeClient.Notices"/>).</summary>
public sealed record SubscriptionRestored : KisRealtimeEvent
{
    public required string TrId { get; init; }

    public required string TrKey { get; init; }
}
