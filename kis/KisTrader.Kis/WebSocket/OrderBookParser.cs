using System.Collections.Immutable;

namespace KisTrader.Kis.WebSocket;

/// <summary>H0STASP0 (59 fields, 10 levels) and H0STOAA0 (54 fields, 9 levels, no deal class), kis-api.md §5.4.</summary>
internal static class OrderBookParser
{
    public const int RegularFields = 59;
    public const int AfterHoursFields = 54;

    public static OrderBook Parse(RecordFields f, string trId, DateTimeOffset receivedAt)
    {
        var afterHours = trId == KisRealtimeTrIds.AfterHoursOrderBook;
        var levels = afterHours ? 9 : 10;
        // Layout: 1 code, 2 time, 3 hour class, then asks, bids, ask quantities, bid quantities (levels each), then the tail.
        var asks = ImmutableArray.CreateBuilder<OrderBookLevel>(levels);
        var bids = ImmutableArray.CreateBuilder<OrderBookLevel>(levels);
        for (var i = 0; i < levels; i++)
        {
            asks.Add(new OrderBookLevel(f.Decimal(4 + i), f.Long(4 + (2 * levels) + i)));
            bids.Add(new OrderBookLevel(f.Decimal(4 + levels + i), f.Long(4 + (3 * levels) + i)));
        }

        var t = 4 + (4 * levels);
        return new OrderBook
        {
            ReceivedAt = receivedAt,
            TrId = trId,
            Key = f.Text(1),
            Time = f.Time(2),
            Symbol = f.Text(1),
            AfterHours = afterHours,
            HourClassCode = f.Text(3),
            Asks = asks.MoveToImmutable(),
            Bids = bids.MoveToImmutable(),
            TotalAskQuantity = f.Long(t),
            TotalBidQuantity = f.Long(t + 1),
            AfterHoursTotalAskQuantity = f.Long(t + 2),
            AfterHoursTotalBidQuantity = f.Long(t + 3),
            ExpectedPrice = f.Decimal(t + 4),
            ExpectedQuantity = f.Long(t + 5),
            ExpectedVolume = f.Long(t + 6),
            ExpectedChange = f.Decimal(t + 7),
            ExpectedChangeSign = f.Sign(t + 8),
            ExpectedChangeRate = f.Decimal(t + 9),
            CumulativeVolume = f.Long(t + 10),
            TotalAskQuantityChange = f.Long(t + 11),
            TotalBidQuantityChange = f.Long(t + 12),
            AfterHoursTotalAskChange = f.Long(t + 13),
            AfterHoursTotalBidChange = f.Long(t + 14),
            DealClassCode = afterHours ? null : f.OptionalText(t + 15),
        };
    }
}
