using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Risk;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>A stand-in for the risk gates: allows every order except those of the symbols a test refuses; counts checks.</summary>
public sealed class TestOrderGate : IOrderGate
{
    private readonly ConcurrentDictionary<string, string> _refused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _throwing = new(StringComparer.Ordinal);
    private int _checks;

    public int Checks => _checks;

    public void Refuse(string symbol, string code) => _refused[symbol] = code;

    /// <summary>The next check of <paramref name="symbol"/> throws (a gate call lost with its silo): the order is not sent then.</summary>
    public void ThrowOnce(string symbol) => _throwing[symbol] = 1;

    public Task<OrderGateVerdict> CheckAsync(OrderIntent intent, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        Interlocked.Increment(ref _checks);
        if (_throwing.TryRemove(intent.Symbol, out _))
        {
            throw new InvalidOperationException($"the test's gate fault for {intent.Symbol}");
        }

        return Task.FromResult(_refused.TryGetValue(intent.Symbol, out var code)
            ? OrderGateVerdict.Refuse(code, $"symbol {intent.Symbol} refused by the test")
            : OrderGateVerdict.Allow);
    }
}
