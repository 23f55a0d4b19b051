using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Symbols;

/// <summary>How one stream item changes a symbol's snapshot (pure; the grain keeps the result).</summary>
internal static class SymbolSnapshots
{
    public static SymbolSnapshot Apply(SymbolSnapshot? current, MarketDataEvent item)
    {
        var s = current ?? new SymbolSnapshot(0m, 0m, 0m, 0, 0m, null, MarketDataKinds.None, 0m, 0m, 0m, 0, item.At);
        s = s with { Events = s.Events + 1, UpdatedAt = item.At };
        if (item.Tick is { } tick)
        {
            if (item.Kind == MarketDataKinds.AfterHoursExpected)
            {
                return s with { ExpectedPrice = tick.Price };
            }

            return s with
            {
                LastPrice = tick.Price,
                Change = tick.Change,
                ChangeRate = tick.ChangeRate,
                CumulativeVolume = tick.CumulativeVolume,
                CumulativeValue = tick.CumulativeValue,
                LastTradeAt = item.At,
                LastTradeKind = item.Kind,
                BestAsk = tick.BestAsk,
                BestBid = tick.BestBid,
            };
        }

        if (item.Quote is { } quote)
        {
            return s with
            {
                BestAsk = quote.Asks.IsDefaultOrEmpty ? s.BestAsk : quote.Asks[0].Price,
                BestBid = quote.Bids.IsDefaultOrEmpty ? s.BestBid : quote.Bids[0].Price,
                ExpectedPrice = quote.ExpectedPrice > 0m ? quote.ExpectedPrice : s.ExpectedPrice,
            };
        }

        return s;
    }
}
