namespace KisTrader.Web.Alerts;

/// <summary>
/// The server-side minimum-move filter of quote alerts: each connection's key has a minimum move (its persisted
/// <see cref="AlertPreferences.MinimumMove"/>, percent against the previous close); a followed symbol's quote raises a
/// <c>move</c> alert to a connection when its |change rate| reaches that minimum, once per crossing (again only after
/// the move fell back under it), so a connection is not flooded every batch while a stock stays up.
/// </summary>
public sealed class MoveAlerts
{
    private readonly Dictionary<string, string> _keyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _minimumOf = new(StringComparer.Ordinal);
    private readonly HashSet<(string Connection, string Symbol)> _above = [];
    private readonly Lock _lock = new();

    /// <summary>A connection of <paramref name="keyId"/> whose key's minimum move is <paramref name="minimumMove"/>.</summary>
    public void Connected(string connectionId, string keyId, decimal minimumMove)
    {
        lock (_lock)
        {
            _keyOf[connectionId] = keyId;
            _minimumOf[keyId] = minimumMove;
        }
    }

    /// <summary>The key saved a new minimum move: every connection of the key uses it from the next quote.</summary>
    public void Changed(string keyId, decimal minimumMove)
    {
        lock (_lock)
        {
            _minimumOf[keyId] = minimumMove;
        }
    }

    /// <summary>Forgets a closed connection.</summary>
    public void Disconnected(string connectionId)
    {
        lock (_lock)
        {
            if (_keyOf.Remove(connectionId, out var key) && !_keyOf.ContainsValue(key))
            {
                _minimumOf.Remove(key);
            }

            _above.RemoveWhere(a => a.Connection == connectionId);
        }
    }

    /// <summary>
    /// Of <paramref name="followers"/> (connections following <paramref name="symbol"/>), those whose minimum the move
    /// <paramref name="changeRate"/> (percent; null = no print yet) newly reaches.
    /// </summary>
    public IReadOnlyList<string> Crossed(string symbol, decimal? changeRate, IEnumerable<string> followers)
    {
        ArgumentNullException.ThrowIfNull(followers);
        var crossed = new List<string>();
        lock (_lock)
        {
            foreach (var connection in followers)
            {
                if (!_keyOf.TryGetValue(connection, out var key) || !_minimumOf.TryGetValue(key, out var minimum))
                {
                    continue;
                }

                var above = changeRate is { } rate && Math.Abs(rate) >= minimum;
                if (above && _above.Add((connection, symbol)))
                {
                    crossed.Add(connection);
                }
                else if (!above)
                {
                    _above.Remove((connection, symbol));
                }
            }
        }

        return crossed;
    }
}
