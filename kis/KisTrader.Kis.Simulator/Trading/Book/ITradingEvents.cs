namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>
/// Receives what the trading book did, outside its lock: fill notices for WebSocket sessions and counters for
/// the simulator's metrics. Implementations must not call back into the book synchronously.
/// </summary>
internal interface ITradingEvents
{
    void Publish(IReadOnlyList<OrderNotice> notices);
}
