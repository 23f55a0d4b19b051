using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>A cluster client's subscriber of <c>events/all</c>, keeping every <see cref="TradingEvent"/> by its journal sequence.</summary>
public sealed class TradingEventRecorder : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, TradingEvent> _events = new();
    private StreamSubscriptionHandle<TradingEvent>? _handle;

    public static async Task<TradingEventRecorder> StartAsync(IClusterClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var recorder = new TradingEventRecorder();
        recorder._handle = await client.GetStreamProvider(ProviderNames.Streams)
            .GetStream<TradingEvent>(StreamId.Create(ProviderNames.EventsNamespace, TradingEvent.StreamKey))
            .SubscribeAsync((e, _) =>
            {
                recorder._events[e.Sequence] = e;
                return Task.CompletedTask;
            });
        return recorder;
    }

    /// <summary>How many events arrived.</summary>
    public int Count => _events.Count;

    /// <summary>The event published with journal sequence <paramref name="sequence"/>, or null when none (yet).</summary>
    public TradingEvent? Find(long sequence) => _events.GetValueOrDefault(sequence);

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
            _handle = null;
        }
    }
}
