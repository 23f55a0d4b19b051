namespace KisTrader.Kis.Simulator.Trading;

/// <summary>
/// The simulated clock as the trading book and the WebSocket feed read it: the host's registered TimeProvider (simhost's
/// SimClock, or the caller's shared provider), resolved lazily so registration order does not matter.
/// </summary>
internal sealed class TradingClock(TimeProvider provider)
{
    public TimeProvider Provider { get; } = provider;

    public DateTimeOffset Now => Provider.GetUtcNow();
}
