using System.Collections.Immutable;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Per-destination coalescing of market events: <see cref="Post(TKey, MarketDataEvent)"/> never waits; each destination has
/// at most one send in flight, and when it completes the next send carries everything posted meanwhile, in posting
/// order. Calls are coalesced, events are not: every posted event is sent exactly once, in order, unless a send keeps
/// failing (<c>attempts</c> times for the same events: they are dropped and reported) or a destination falls
/// <c>capacity</c> events behind (the oldest are dropped and reported). Sends run on the thread pool, never on the
/// poster's thread. No clock, no Orleans: the caller gives the send.
/// </summary>
public sealed class TickLanes<TKey>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Lane> _lanes = [];
    private readonly Func<TKey, TickBatch, Task> _send;
    private readonly int _capacity;
    private readonly int _attempts;
    private readonly Action<TKey, Exception, int, bool>? _failed;
    private readonly Action<TKey, int>? _overflow;
    private long _pending;
    private long _sent;
    private long _sends;
    private long _dropped;

    /// <param name="send">Delivers one batch to one destination; a throw counts as a failed attempt.</param>
    /// <param name="capacity">Most events waiting for one destination (beyond, the oldest are dropped).</param>
    /// <param name="attempts">Sends of the same events before they are given up.</param>
    /// <param name="failed">Told of a failed send: destination, error, events, and whether they were given up.</param>
    /// <param name="overflow">Told when a destination's oldest waiting events were dropped (destination, how many).</param>
    public TickLanes(Func<TKey, TickBatch, Task> send, int capacity, int attempts, Action<TKey, Exception, int, bool>? failed = null, Action<TKey, int>? overflow = null)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempts);
        _send = send;
        _capacity = capacity;
        _attempts = attempts;
        _failed = failed;
        _overflow = overflow;
    }

    /// <summary>Events posted and not yet sent (or in a send not yet completed), over all destinations.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Events delivered by completed sends.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    /// <summary>Completed sends (each carries one or more events).</summary>
    public long Sends => Interlocked.Read(ref _sends);

    /// <summary>Events given up (failed sends, overflow).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Post(TKey key, MarketDataEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Post(key, [item]);
    }

    public void Post(TKey key, ImmutableArray<MarketDataEvent> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            return;
        }

        Lane lane;
        var start = false;
        var overflow = 0;
        lock (_gate)
        {
            if (!_lanes.TryGetValue(key, out lane!))
            {
                lane = new Lane();
                _lanes[key] = lane;
            }

            lane.Waiting.AddRange(items);
            if (lane.Waiting.Count > _capacity)
            {
                overflow = lane.Waiting.Count - _capacity;
                lane.Waiting.RemoveRange(0, overflow);
            }

            if (!lane.InFlight)
            {
                lane.InFlight = true;
                start = true;
            }
        }

        Interlocked.Add(ref _pending, items.Length - overflow);
        if (overflow > 0)
        {
            Interlocked.Add(ref _dropped, overflow);
            _overflow?.Invoke(key, overflow);
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(key, lane));
        }
    }

    private async Task DrainAsync(TKey key, Lane lane)
    {
        var failures = 0;
        while (true)
        {
            ImmutableArray<MarketDataEvent> batch;
            lock (_gate)
            {
                if (lane.Waiting.Count == 0)
                {
                    lane.InFlight = false;
                    return;
                }

                batch = [.. lane.Waiting];
                lane.Waiting.Clear();
            }

            try
            {
                await _send(key, new TickBatch(batch));
                failures = 0;
                Interlocked.Add(ref _sent, batch.Length);
                Interlocked.Increment(ref _sends);
                Interlocked.Add(ref _pending, -batch.Length);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures++;
                var giveUp = failures >= _attempts;
                if (giveUp)
                {
                    failures = 0;
                    Interlocked.Add(ref _dropped, batch.Length);
                    Interlocked.Add(ref _pending, -batch.Length);
                }
                else
                {
                    lock (_gate)
                    {
                        // Back in front: nothing posted meanwhile goes first.
                        lane.Waiting.InsertRange(0, batch);
                    }
                }

                _failed?.Invoke(key, e, batch.Length, giveUp);
            }
        }
    }

    private sealed class Lane
    {
        public List<MarketDataEvent> Waiting { get; } = [];

        public bool InFlight { get; set; }
    }
}
