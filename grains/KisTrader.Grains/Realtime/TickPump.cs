using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Reads the KIS client's market events and publishes each per-symbol one on <c>ticks/&lt;symbol&gt;</c>
/// (<see cref="StreamIds.Ticks"/>). Runs on the grain's scheduler. Market data is live: a failed publish is logged and
/// the pump goes on (the client itself drops the oldest events when this pump falls behind, and counts them).
/// </summary>
internal sealed class TickPump(IKisRealtimeClient client, IStreamProvider streams, TimeProvider clock, ILogger logger)
{
    private readonly Dictionary<string, IAsyncStream<MarketDataEvent>> _streams = new(StringComparer.Ordinal);

    public long Published { get; private set; }

    public DateTimeOffset? LastPublishedAt { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var record in client.MarketEvents.ReadAllAsync(stop))
            {
                if (MarketDataMapper.ToEvent(record, Published + 1) is not { } item)
                {
                    continue;
                }

                try
                {
                    await StreamOf(item.Symbol).OnNextAsync(item);
                    Published++;
                    Telemetry.GrainMetrics.TickPublished(item.TrId);
                    LastPublishedAt = clock.GetUtcNow();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException && !stop.IsCancellationRequested)
                {
                    logger.PublishFailed(item.TrId, item.Symbol, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LoopFailed("tick", ex);
        }
    }

    private IAsyncStream<MarketDataEvent> StreamOf(string symbol)
    {
        if (!_streams.TryGetValue(symbol, out var stream))
        {
            stream = streams.GetStream<MarketDataEvent>(StreamIds.Ticks(symbol));
            _streams[symbol] = stream;
        }

        return stream;
    }
}
