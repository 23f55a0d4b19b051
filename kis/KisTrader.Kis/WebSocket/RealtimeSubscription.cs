namespace KisTrader.Kis.WebSocket;

/// <summary>
/// One holder's reference to a realtime registration. Disposing it releases the reference; the registration is
/// released on the wire when the last holder lets go (reference counting). Disposing twice is harmless.
/// </summary>
public sealed class RealtimeSubscription : IAsyncDisposable
{
    private readonly KisRealtimeClient _owner;
    private int _released;

    internal RealtimeSubscription(KisRealtimeClient owner, string trId, string trKey, SubscriptionPriority priority)
    {
        _owner = owner;
        TrId = trId;
        TrKey = trKey;
        Priority = priority;
    }

    public string TrId { get; }

    public string TrKey { get; }

    public SubscriptionPriority Priority { get; }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref _released, 1) == 0 ? new ValueTask(_owner.ReleaseAsync(this)) : ValueTask.CompletedTask;
}
