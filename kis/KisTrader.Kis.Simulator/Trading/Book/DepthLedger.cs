using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>
/// Quantity this simulator's orders already took from the market's displayed book. The synthetic book does not know
/// about our orders, so without this two orders (or one resting order at every pump step) would take the same depth
/// again and again. A level counts as the same liquidity while it shows the same price and quantity; once the market
/// shows a different quantity there, it is new liquidity.
/// </summary>
internal sealed class DepthLedger
{
    private const int MaxEntries = 100_000;
    private readonly Dictionary<(string Code, bool Ask, decimal Price), (long Seen, long Taken)> _taken = [];

    public long Available(string code, bool ask, SimBookLevel level) =>
        _taken.TryGetValue((code, ask, level.Price), out var entry) && entry.Seen == level.Quantity
            ? Math.Max(0, level.Quantity - entry.Taken)
            : level.Quantity;

    public void Take(string code, bool ask, SimBookLevel level, long quantity)
    {
        if (_taken.Count >= MaxEntries)
        {
            _taken.Clear();
        }

        var key = (code, ask, level.Price);
        _taken[key] = _taken.TryGetValue(key, out var entry) && entry.Seen == level.Quantity
            ? (entry.Seen, entry.Taken + quantity)
            : (level.Quantity, quantity);
    }
}
