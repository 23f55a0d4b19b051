namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>Live sessions, and the one-session-per-app-key rule (kis-api.md §3: a second session gets OPSP8996).</summary>
internal sealed class WsSessionRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, WsSession> _sessions = [];
    private readonly Dictionary<string, WsSession> _byAppKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string Iv)> _secrets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<(string TrId, string TrKey)>> _previous = new(StringComparer.Ordinal);
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
            if (_byAppKey.TryGetValue(identity.AppKey, out var holder) && holder.Id != session.Id)
            {
                if (!holder.IsClosed)
                {
                    return false;
                }

                // The dropped session's receive loop may not have ended yet: remember what it held now.
                _previous[identity.AppKey] = [.. holder.Registrations()];
            }

            _byAppKey[identity.AppKey] = session;
            session.Identity = identity;
            if (!_secrets.TryGetValue(identity.AppKey, out var secrets))
            {
                _secrets[identity.AppKey] = secrets = (session.AesKey, session.AesIv);
            }

            session.UseSecrets(secrets);
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
                _previous[identity.AppKey] = [.. session.Registrations()];
            }
        }
    }

    /// <summary>Whether the app key's last closed session held this registration (a re-send after a reconnect).</summary>
    public bool HeldBeforeReconnect(string appKey, string trId, string trKey)
    {
        lock (_gate)
        {
            return _previous.TryGetValue(appKey, out var held) && held.Contains((trId, trKey));
        }
    }

    /// <summary>Damages the next <paramref name="frames"/> data frames of every live session (or those of one app key).</summary>
    public int CorruptFrames(string? appKey, FrameCorruption corruption, int frames)
    {
        var targets = Snapshot().Where(s => !s.IsClosed && (appKey is null || s.Identity?.AppKey == appKey)).ToList();
        foreach (var session in targets)
        {
            session.CorruptNext(corruption, frames);
        }

        return targets.Count;
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
