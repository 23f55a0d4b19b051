using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KisTrader.Kis.Simulator.Metrics;

/// <summary>Thread-safe named counters (one boxed long per name, incremented with Interlocked).</summary>
internal sealed class CounterSet
{
    private readonly ConcurrentDictionary<string, StrongBox> _counters = new(StringComparer.Ordinal);

    public void Add(string name, long amount = 1)
    {
        var box = _counters.GetOrAdd(name, static _ => new StrongBox());
        Interlocked.Add(ref box.Value, amount);
    }

    public long Get(string name) => _counters.TryGetValue(name, out var box) ? Interlocked.Read(ref box.Value) : 0;

    public long Total => _counters.Values.Sum(b => Interlocked.Read(ref b.Value));

    /// <summary>Non-zero counters, sorted by name.</summary>
    public ImmutableSortedDictionary<string, long> Snapshot() =>
        _counters.Select(p => KeyValuePair.Create(p.Key, Interlocked.Read(ref p.Value.Value)))
            .Where(p => p.Value != 0)
            .ToImmutableSortedDictionary(StringComparer.Ordinal);

    public void Clear() => _counters.Clear();

    private sealed class StrongBox
    {
        public long Value;
    }
}
