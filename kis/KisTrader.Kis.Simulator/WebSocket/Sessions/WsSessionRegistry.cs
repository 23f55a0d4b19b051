namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>Live sessions, and the one-session-per-app-key rule (kis-api.md §3: a second session gets OPSP8996).</summary>
internal sealed class WsSessionRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, WsSession> _sessions = [];
    private readonly Dictionary<string, WsSession> _byAppKey = new(StringComparer.Ordinal);
    private long _lastId;

    public long NextId() => Interlocked.Increment(ref _lastId);

    public void Add(WsSession session)
    {
        lock (_gate)
        {
            _sessions[session.Id] = session;
        }
    }

    /// <summary>Binds a session to its app key; false when another live session already holds the key.</summary>
    public bool TryBind(WsSession session, WsClientIdentity identity)
    {
        lock (_gate)
        {
            if (_byAppKey.TryGetValue(identity.AppKey, out var holder) && holder.Id != session.Id && !holder.IsClosed)
            {
                return false;
            }

            _byAppKey[identity.AppKey] = session;
            session.Identity = identity;
            return true;
        }
    }

    public void Remove(WsSession session)
    {
        lock (_gate)
        {
            _sessions.Remove(session.Id);
            if (session.Identity is { } identity && _byAppKey.TryGetValue(identity.AppKey, out var holder) && holder.Id == session.Id)
            {
                _byAppKey.Remove(identity.AppKey);
            }
        }
    }

    /// <summary>
    /// Drops every live session (or those of one app key) without a close handshake, like a network failure: the hook for
    /// the host's scheduled WebSocket-drop faults. Clients must reconnect and register again. Returns how many were dropped.
    /// </summary>
    public int Drop(string? appKey = null)
    {
        var victims = Snapshot().Where(s => !s.IsClosed && (appKey is null || s.Identity?.AppKey == appKey)).ToList();
        foreach (var session in victims)
        {
            session.Abort();
        }

        return victims.Count;
    }

    public IReadOnlyList<WsSession> Snapshot()
    {
        lock (_gate)
        {
            return [.. _sessions.Values];
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }
}
