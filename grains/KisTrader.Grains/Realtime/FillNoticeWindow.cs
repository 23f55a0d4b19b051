namespace KisTrader.Grains.Realtime;

/// <summary>
/// Pure rule: which fill notices to publish so that each is published once although KIS may deliver it again on a later
/// connection (a reconnect, a second session briefly registered). A notice's identity (order number, kind, codes,
/// quantity, price, time) is counted per connection: the n-th notice of an identity on a connection is new only when no
/// connection has already delivered n of them. So two genuinely identical notices on one connection (two equal partial
/// fills of one order within the same second) are both published, and a copy of either on another connection is not.
/// Identities unseen for <see cref="Window"/> are forgotten (a copy arriving later than that would be published again).
/// No clock, no I/O: the caller passes the receive instants.
/// </summary>
public sealed class FillNoticeWindow(TimeSpan window)
{
    private readonly Dictionary<string, Seen> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Identity, DateTimeOffset At)> _expiry = new();

    public TimeSpan Window { get; } = window > TimeSpan.Zero ? window : throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be positive.");

    /// <summary>Identities remembered now.</summary>
    public int Count => _seen.Count;

    /// <summary>True when the notice is to be published; false when it is a copy of one already admitted.</summary>
    public bool Admit(string identity, long connection, DateTimeOffset receivedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(identity);
        Forget(receivedAt - Window);
        if (!_seen.TryGetValue(identity, out var seen))
        {
            seen = new Seen();
            _seen[identity] = seen;
        }

        seen.LastAt = receivedAt;
        _expiry.Enqueue((identity, receivedAt));
        var occurrence = seen.PerConnection.GetValueOrDefault(connection) + 1;
        seen.PerConnection[connection] = occurrence;
        if (occurrence <= seen.Admitted)
        {
            return false;
        }

        seen.Admitted = occurrence;
        return true;
    }

    /// <summary>Undoes the last <see cref="Admit"/> that returned true for this identity and connection (its publish failed; it will be admitted again).</summary>
    public void Retract(string identity, long connection)
    {
        if (_seen.TryGetValue(identity, out var seen) && seen.PerConnection.GetValueOrDefault(connection) == seen.Admitted && seen.Admitted > 0)
        {
            seen.PerConnection[connection]--;
            seen.Admitted--;
        }
    }

    private void Forget(DateTimeOffset before)
    {
        while (_expiry.TryPeek(out var oldest) && oldest.At < before)
        {
            _expiry.Dequeue();
            if (_seen.TryGetValue(oldest.Identity, out var seen) && seen.LastAt < before)
            {
                _seen.Remove(oldest.Identity);
            }
        }
    }

    private sealed class Seen
    {
        public Dictionary<long, int> PerConnection { get; } = [];

        public int Admitted { get; set; }

        public DateTimeOffset LastAt { get; set; }
    }
}
