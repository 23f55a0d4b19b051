using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>A cluster client's subscriber of <c>events/all</c> keeping every <see cref="OrderChanged"/> and <see cref="RiskChanged"/> in arrival order.</summary>
public sealed class OrderEventRecorder : IAsyncDisposable
{
    private readonly ConcurrentQueue<OrderChanged> _changes = new();
    private readonly ConcurrentQueue<RiskChanged> _risk = new();
    private StreamSubscriptionHandle<TradingEvent>? _handle;

    public static async Task<OrderEventRecorder> StartAsync(IClusterClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var recorder = new OrderEventRecorder();
        recorder._handle = await client.GetStreamProvider(ProviderNames.Streams).GetStream<TradingEvent>(StreamIds.Events())
            .SubscribeAsync((e, _) =>
            {
                if (e.Payload is OrderChanged change)
                {
                    recorder._changes.Enqueue(change);
                }
                else if (e.Payload is RiskChanged risk)
                {
                    recorder._risk.Enqueue(risk);
                }

                return Task.CompletedTask;
            });
        return recorder;
    }

    /// <summary>The changes of one order so far, in arrival order.</summary>
    public IReadOnlyList<OrderChanged> Of(string clientOrderId) => [.. _changes.Where(c => c.ClientOrderId == clientOrderId)];

    /// <summary>The risk changes so far, in arrival order.</summary>
    public IReadOnlyList<RiskChanged> Risk => [.. _risk];

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
            _handle = null;
        }
    }
}
