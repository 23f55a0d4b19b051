using KisTrader.Grains.Storage;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Statistics;

/// <summary>A journal's <see cref="TradeResultRecord"/> as the statistics' <see cref="ClosedTrade"/>.</summary>
public static class TradeResultMapping
{
    /// <summary>
    /// The closed trade with the journal's own net P&amp;L and return (the costs the position grain booked, not
    /// recomputed), its Day-1 close, Day-2 open, entry checkpoint and score. Throws <see cref="ArgumentException"/> when
    /// the record is not a closed trade.
    /// </summary>
    public static ClosedTrade ToClosedTrade(TradeResultRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var trade = new ClosedTrade
        {
            SessionDate = record.EntryDate,
            Symbol = record.Symbol,
            Entries = [.. record.Fills.Where(f => f.Side == OrderSide.Buy).Select(f => new Fill(f.Side, f.Quantity, f.Price, f.At))],
            Exits =
            [
                .. record.Fills.Where(f => f.Side == OrderSide.Sell).Select(f => new ExitFill(
                    new Fill(f.Side, f.Quantity, f.Price, f.At),
                    f.ExitReason ?? throw new ArgumentException($"trade result {record.PositionKey}: sell {f.FillKey} has no exit reason", nameof(record)))),
            ],
            NetPnL = record.NetPnL,
            NetReturn = record.NetReturn,
            Day1Close = record.Day1Close,
            Day2Open = record.Day2Open,
            EntryCheckpoint = record.EntryCheckpoint,
            Score = record.Score,
        };
        trade.Validate();
        return trade;
    }
}
