namespace KisTrader.Web.Relay;

/// <summary>
/// The events this front end relayed, by sequence (the last <see cref="Capacity"/>): the history of
/// <c>GET /api/events</c> without a database (the journal is then the silo's memory, not readable from here). The
/// relay adds an event here before it sends it to the hub, so a client that joined, then read, misses nothing.
/// </summary>
public sealed class RelayEventBuffer : IEventHistory
{
    public const int Capacity = 20_000;
    private readonly SortedList<long, EventMessage> _events = [];
    private readonly Lock _lock = new();
    private long _dropped = -1;

    /// <summary>Holds an event (a sequence seen again is ignored).</summary>
    public void Add(EventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            if (!_events.TryAdd(message.Sequence, message))
            {
                return;
            }

            if (_events.Count > Capacity)
            {
                _dropped = _events.Keys[0];
                _events.RemoveAt(0);
            }
        }
    }

    public Task<EventPage> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var keys = _events.Keys;
            var start = LowerBound(keys, after);
            var page = new List<EventMessage>(Math.Min(limit, Math.Max(0, keys.Count - start)));
            for (var i = start; i < keys.Count && page.Count < limit; i++)
            {
                page.Add(_events.Values[i]);
            }

            var more = start + page.Count < keys.Count;
            var last = page.Count > 0 ? page[^1].Sequence : after;
            return Task.FromResult(new EventPage(after, last, more, after < _dropped, "relay buffer (the events this front end relayed since it started)", page));
        }
    }

    private static int LowerBound(IList<long> keys, long after)
    {
        int lo = 0, hi = keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (keys[mid] <= after)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
