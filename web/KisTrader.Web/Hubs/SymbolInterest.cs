using System.Threading.Channels;

namespace KisTrader.Web.Hubs;

/// <summary>
/// Which connections want which symbols' quotes: the ticks relay subscribes to <c>ticks/&lt;symbol&gt;</c> when a symbol
/// gets its first connection and leaves it when the last one goes (<see cref="Changes"/>, read by one reader).
/// </summary>
public sealed class SymbolInterest
{
    /// <summary>The most symbols one connection may follow.</summary>
    public const int MaxPerConnection = 40;

    private readonly Dictionary<string, HashSet<string>> _byConnection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Channel<(string Symbol, bool Wanted)> _changes = Channel.CreateUnbounded<(string, bool)>(new() { SingleReader = true });
    private readonly Lock _lock = new();

    /// <summary>Symbols gaining their first or losing their last connection, in order.</summary>
    public ChannelReader<(string Symbol, bool Wanted)> Changes => _changes.Reader;

    /// <summary>The symbols with at least one connection.</summary>
    public IReadOnlyList<string> Wanted()
    {
        lock (_lock)
        {
            return [.. _counts.Keys];
        }
    }

    /// <summary>Adds a symbol to a connection; false when the connection already follows <see cref="MaxPerConnection"/>.</summary>
    public bool Add(string connectionId, string symbol)
    {
        lock (_lock)
        {
            if (!_byConnection.TryGetValue(connectionId, out var symbols))
            {
                _byConnection[connectionId] = symbols = new HashSet<string>(StringComparer.Ordinal);
            }

            if (symbols.Contains(symbol))
            {
                return true;
            }

            if (symbols.Count >= MaxPerConnection)
            {
                return false;
            }

            symbols.Add(symbol);
            var count = _counts.GetValueOrDefault(symbol) + 1;
            _counts[symbol] = count;
            if (count == 1)
            {
                _changes.Writer.TryWrite((symbol, true));
            }

            return true;
        }
    }

    /// <summary>Removes a symbol from a connection (nothing when it did not follow it).</summary>
    public void Remove(string connectionId, string symbol)
    {
        lock (_lock)
        {
            if (_byConnection.TryGetValue(connectionId, out var symbols) && symbols.Remove(symbol))
            {
                Release(symbol);
            }
        }
    }

    /// <summary>The connections following <paramref name="symbol"/>.</summary>
    public IReadOnlyList<string> Followers(string symbol)
    {
        lock (_lock)
        {
            return [.. _byConnection.Where(c => c.Value.Contains(symbol)).Select(c => c.Key)];
        }
    }

    /// <summary>Removes a closed connection.</summary>
    public void RemoveConnection(string connectionId)
    {
        lock (_lock)
        {
            if (_byConnection.Remove(connectionId, out var symbols))
            {
                foreach (var symbol in symbols)
                {
                    Release(symbol);
                }
            }
        }
    }

    private void Release(string symbol)
    {
        var count = _counts[symbol] - 1;
        if (count == 0)
        {
            _counts.Remove(symbol);
            _changes.Writer.TryWrite((symbol, false));
        }
        else
        {
            _counts[symbol] = count;
        }
    }
}
