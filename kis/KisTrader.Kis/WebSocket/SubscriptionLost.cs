namespace KisTrader.Kis.WebSocket;

/// <summary>A subscription someone still holds is not registered any more (on <see cref="IKisRealtimeClient.Notices"/>).</summary>
public sealed record SubscriptionLost : KisRealtimeEvent
{
    public required string TrId { get; init; }

    public required string TrKey { get; init; }

    public required SubscriptionLostReason Reason { get; init; }

    /// <summary>The server's msg_cd when it refused (OPSP0008 …); null for an eviction.</summary>
    public string? MsgCd { get; init; }

    public required string Message { get; init; }
}
