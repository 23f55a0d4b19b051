using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Realtime;

/// <summary>Maps the KIS client's typed records to the serializable stream items of <c>ticks/&lt;symbol&gt;</c>; the one KST offset of the realtime grain.</summary>
internal static class MarketDataMapper
{

    /// <summary>The stream item of <paramref name="e"/>, or null for records that are not per-symbol market data (index ticks).</summary>
    public static MarketDataEvent? ToEvent(KisMarketEvent e, long sequence) => e switch
    {
        TradeTick t => new MarketDataEvent(
            t.Symbol,
            t.Kind switch
            {
                TradeTickKind.AfterHours => MarketDataKinds.AfterHoursTrades,
                TradeTickKind.AfterHoursExpected => MarketDataKinds.AfterHoursExpected,
                _ => MarketDataKinds.Trades,
            },
            t.TrId,
            t.At,
            t.ReceivedAt,
            sequence,
            new MarketTick(
                t.BusinessDate,
                t.Price,
                t.Change,
                t.ChangeRate,
                t.Open,
                t.High,
                t.Low,
                t.Volume,
                t.CumulativeVolume,
                t.CumulativeValue,
                t.Strength,
                t.BestAsk,
                t.BestBid,
                t.Side.ToString(),
                t.MarketOperationCode,
                t.Halted),
            null),
        OrderBook b => new MarketDataEvent(
            b.Symbol,
            b.AfterHours ? MarketDataKinds.AfterHoursQuotes : MarketDataKinds.Quotes,
            b.TrId,
            KstInstant(b.ReceivedAt, b.Time),
            b.ReceivedAt,
            sequence,
            null,
            new MarketQuote(
                b.AfterHours,
                b.HourClassCode,
                [.. b.Asks.Select(l => new QuoteLevel(l.Price, l.Quantity))],
                [.. b.Bids.Select(l => new QuoteLevel(l.Price, l.Quantity))],
                b.TotalAskQuantity,
                b.TotalBidQuantity,
                b.ExpectedPrice,
                b.ExpectedVolume,
                b.CumulativeVolume)),
        _ => null,
    };

    /// <summary>A book frame or a fill notice carries only HHMMSS: its date is the KST date on which it was received.</summary>
    public static DateTimeOffset KstInstant(DateTimeOffset receivedAt, TimeOnly time) => KrxTime.At(KrxTime.DateOf(receivedAt), time);
}
