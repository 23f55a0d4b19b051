using KisTrader.Grains.Storage;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;

namespace KisTrader.Grains.Tests.Storage.Trades;

/// <summary>Closed-trade records for the journal tests (figures as strategy.md §8 gives them, by hand).</summary>
internal static class TradeResultSamples
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    /// <summary>
    /// Buy 100 @ 10,200 at 16:30 KST on <paramref name="entryDate"/> (commission 153); sell 50 @ 10,800 partial at 13:30 and
    /// 50 @ 10,400 forced at 15:20 the next day (commission 81 + 78, tax 1,080 + 1,040). Net 37,568 ÷ 1,020,153.
    /// Instants carry KST offsets and sub-microsecond ticks: the journals keep them as UTC microseconds.
    /// </summary>
    public static TradeResultRecord Closed(DateOnly entryDate, string code, string accountRef = "1234****-01")
    {
        var buyAt = new DateTimeOffset(entryDate.ToDateTime(new TimeOnly(16, 30, 0)), Kst).AddTicks(1234567);
        var exitDate = entryDate.AddDays(1);
        var partialAt = new DateTimeOffset(exitDate.ToDateTime(new TimeOnly(13, 30, 5)), Kst);
        var forcedAt = new DateTimeOffset(exitDate.ToDateTime(new TimeOnly(15, 20, 1)), Kst).AddTicks(7);
        var key = $"{entryDate:yyyy-MM-dd}/{code}";
        return new TradeResultRecord
        {
            PositionKey = key,
            EntryDate = entryDate,
            ExitDate = exitDate,
            Symbol = code,
            AccountRef = accountRef,
            Day1Close = 10_000m,
            Day2Open = 10_500m,
            EntryCheckpoint = new TimeOnly(16, 30),
            Rank = 2,
            Score = 71.25m,
            Fills =
            [
                new TradeFillRecord($"{key}/B/1", "0000117001-1", OrderSide.Buy, 100, 10_200m, buyAt, null),
                new TradeFillRecord($"{key}/S/1", "0000208001-1", OrderSide.Sell, 50, 10_800m, partialAt, ExitReason.PartialTakeProfit),
                new TradeFillRecord($"{key}/S/2", "0000301001-1", OrderSide.Sell, 50, 10_400m, forcedAt, ExitReason.ForcedExit),
            ],
            BuyCommission = 153m,
            SellCommission = 159m,
            SellTax = 2_120m,
            NetPnL = 37_568m,
            NetReturn = 37_568m / 1_020_153m,
            OpenedAt = buyAt,
            ClosedAt = forcedAt,
        };
    }

    /// <summary>The instant as the journals keep it: UTC, microseconds.</summary>
    public static DateTimeOffset Stored(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
