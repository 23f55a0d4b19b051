using System.Threading.Channels;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Reads the KIS client's market events. Each per-symbol one is first posted to the silo's <see cref="ITickDispatcher"/>
/// (the decision path: symbol grain → following positions; never waits), then queued for the relay, which publishes it
/// on <c>ticks/&lt;symbol&gt;</c> (<see cref="StreamIds.Ticks"/>) for the web relays and other non-deciding readers.
/// The relay runs in its own loop so a slow stream never holds the decisions back; it keeps at most
/// <see cref="RelayCapacity"/> events and drops the oldest beyond (counted and logged: a display catches up on the next
/// print). Both loops run on the grain's scheduler. A failed publish is logged and the relay goes on (market data is live).
/// </summary>
internal sealed class TickPump(IKisRealtimeClient client, ITickDispatcher dispatcher, IStreamProvider streams, TimeProvider clock, ILogger logger)
{
    /// <summary>Events the relay to <c>ticks/&lt;symbol&gt;</c> may have waiting.</summary>
    public const int RelayCapacity = 10_000;

    private readonly Dictionary<string, IAsyncStream<MarketDataEvent>> _streams = new(StringComparer.Ordinal);
    private long _relayDropped;

    /// <summary>Events handed to the dispatcher (also their sequence numbers: 1, 2, … per activation).</summary>
    public long Published { get; private set; }

    public DateTimeOffset? LastPublishedAt { get; private set; }

    /// <summary>Events the relay dropped because it was <see cref="RelayCapacity"/> behind.</summary>
    public long RelayDropped => Interlocked.Read(ref _relayDropped);

    public async Task RunAsync(CancellationToken stop)
    {
        var relay = Channel.CreateBounded<MarketDataEvent>(
            new BoundedChannelOptions(RelayCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true },
            _ => Dropped());
        var relaying = RelayAsync(relay.Reader, stop);
        try
        {
            await foreach (var record in client.MarketEvents.ReadAllAsync(stop))
            {
                if (MarketDataMapper.ToEvent(record, Published + 1) is not { } item)
                {
                    continue;
                }

                dispatcher.Post(item);
                Published++;
                Telemetry.GrainMetrics.TickPublished(item.TrId);
                LastPublishedAt = clock.GetUtcNow();
                relay.Writer.TryWrite(item);
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
        finally
        {
            relay.Writer.TryComplete();
            await relaying;
        }
    }

    private async Task RelayAsync(ChannelReader<MarketDataEvent> reader, CancellationToken stop)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(stop))
            {
                try
                {
                    await StreamOf(item.Symbol).OnNextAsync(item);
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
    }

    private void Dropped()
    {
        var dropped = Interlocked.Increment(ref _relayDropped);
        if (dropped == 1 || dropped % RelayCapacity == 0)
        {
            logger.RelayDropped(dropped, RelayCapacity);
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
