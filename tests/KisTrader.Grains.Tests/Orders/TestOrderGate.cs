using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Risk;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>A stand-in for the risk gates: allows every order except those of the symbols a test refuses; counts checks.</summary>
public sealed class TestOrderGate : IOrderGate
{
    private readonly ConcurrentDictionary<string, string> _refused = new(StringComparer.Ordinal);
    private int _checks;

    public int Checks => _checks;

    public void Refuse(string symbol, string code) => _refused[symbol] = code;

    public Task<OrderGateVerdict> CheckAsync(OrderIntent intent, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intent);
        Interlocked.Increment(ref _checks);
        return Task.FromResult(_refused.TryGetValue(intent.Symbol, out var code)
            ? OrderGateVerdict.Refuse(code, $"symbol {intent.Symbol} refused by the test")
            : OrderGateVerdict.Allow);
    }
}
