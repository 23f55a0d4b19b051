using System.Collections.Concurrent;
using System.Collections.Immutable;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>
/// TEST-ONLY stand-in for the real position grain (another engineer's branch): records the kill switch's calls
/// (<see cref="Calls"/>, process-wide so they outlive an activation) and reports the quantity and order ids a test set
/// through <see cref="IPositionProbe"/>. <see cref="RiskCluster"/> removes every other <see cref="IPositionGrain"/>
/// implementation from the test silo, so the risk grain reaches this one. It places no order.
/// </summary>
public sealed class TestOnlyRecordingPositionGrain : Grain, IPositionGrain, IPositionProbe
{
    private long _quantity;
    private ImmutableArray<string> _orderIds = [];

    /// <summary>Every kill-switch call received, in arrival order.</summary>
    public static ConcurrentQueue<RecordedPositionCall> Calls { get; } = new();

    private string Key => this.GetPrimaryKeyString();

    public Task SetAsync(long quantity, string[] orderIds)
    {
        _quantity = quantity;
        _orderIds = [.. orderIds];
        return Task.CompletedTask;
    }

    public Task<PositionView> EnterAsync(PositionEntry entry) => Task.FromResult(View());

    public Task OnOrderChangedAsync(OrderView order) => Task.CompletedTask;

    public Task<PositionView> CancelEntryAsync(string requestedBy, string reason)
    {
        Calls.Enqueue(new RecordedPositionCall(Key, "CancelEntry", requestedBy, reason));
        return Task.FromResult(View());
    }

    public Task<PositionView> FlattenAsync(string requestedBy, string reason)
    {
        Calls.Enqueue(new RecordedPositionCall(Key, "Flatten", requestedBy, reason));
        return Task.FromResult(View());
    }

    public ValueTask<PositionView> GetAsync() => ValueTask.FromResult(View());

    private PositionView View() => new(Key, null, _quantity > 0 ? PositionStatus.Open : PositionStatus.None, _quantity, 0m, null, 0m, 0m, _orderIds, DateTimeOffset.UnixEpoch);
}
