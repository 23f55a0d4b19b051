using KisTrader.Grains.Storage;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using static KisTrader.Grains.Tests.Storage.Trades.TradeResultSamples;

namespace KisTrader.Grains.Tests.Storage.Trades;

/// <summary>
/// What every <see cref="ITradeJournal"/> does, run against the in-memory and the PostgreSQL journal alike. Each test
/// uses its own entry dates (the PostgreSQL database is shared by the class).
/// </summary>
public abstract class TradeJournalBehaviour
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract ITradeJournal Journal { get; }

    [Fact]
    public async Task RecordTrade_ReadBack_EveryFieldWithInstantsAsUtcMicroseconds()
    {
        var trade = Closed(new DateOnly(2030, 1, 7), "005930");

        await Journal.RecordTradeAsync(trade, Ct);
        var read = Assert.Single(await Journal.ReadTradesAsync(trade.EntryDate, trade.EntryDate, Ct));

        var expected = trade with
        {
            OpenedAt = Stored(trade.OpenedAt),
            ClosedAt = Stored(trade.ClosedAt),
            Fills = [.. trade.Fills.Select(f => f with { At = Stored(f.At) })],
        };
        Assert.True(TradeRecords.SameTrade(expected, read), "the record read back differs");
        Assert.Equal(expected.Fills, read.Fills);
        Assert.Equal(TimeSpan.Zero, read.OpenedAt.Offset);
        Assert.Equal(DateTimeOffset.Parse("2030-01-07T07:30:00.123456Z", null), read.OpenedAt);
        Assert.Equal(37_568m / 1_020_153m, read.NetReturn);
        Assert.Equal((10_500m, new TimeOnly(16, 30), 71.25m), (read.Day2Open!.Value, read.EntryCheckpoint, read.Score));
        Assert.Equal([null, ExitReason.PartialTakeProfit, ExitReason.ForcedExit], read.Fills.Select(f => f.ExitReason));
        Assert.Equal(new TimeSpan(0, 22, 50, 0, 876, 544), read.HoldingTime); // 16:30:00.123456 → 15:20:01.000000 next day
    }

    [Fact]
    public async Task RecordTrade_SameRecordTwice_IsANoOp()
    {
        var trade = Closed(new DateOnly(2030, 1, 8), "000660");

        await Journal.RecordTradeAsync(trade, Ct);
        await Journal.RecordTradeAsync(trade, Ct);
        // The same trade with its instants in UTC: the same record.
        await Journal.RecordTradeAsync(trade with { OpenedAt = trade.OpenedAt.ToUniversalTime() }, Ct);

        Assert.Single(await Journal.ReadTradesAsync(trade.EntryDate, trade.EntryDate, Ct));
    }

    [Fact]
    public async Task RecordTrade_DifferentRecordSameKey_IsRefusedAndTheFirstIsKept()
    {
        var trade = Closed(new DateOnly(2030, 1, 9), "035720");
        await Journal.RecordTradeAsync(trade, Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Journal.RecordTradeAsync(trade with { NetPnL = 1m }, Ct));
        var otherFill = trade with { Fills = trade.Fills.SetItem(1, trade.Fills[1] with { Price = 10_850m }) };
        await Assert.ThrowsAsync<InvalidOperationException>(() => Journal.RecordTradeAsync(otherFill, Ct));

        var read = Assert.Single(await Journal.ReadTradesAsync(trade.EntryDate, trade.EntryDate, Ct));
        Assert.Equal((37_568m, 10_800m), (read.NetPnL, read.Fills[1].Price));
    }

    [Fact]
    public async Task RecordTrade_ConcurrentSameRecord_RecordedOnce()
    {
        var trade = Closed(new DateOnly(2030, 1, 10), "005380");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Journal.RecordTradeAsync(trade, Ct), Ct)));

        Assert.Equal(3, Assert.Single(await Journal.ReadTradesAsync(trade.EntryDate, trade.EntryDate, Ct)).Fills.Length);
    }

    [Fact]
    public async Task ReadTrades_DateRange_InclusiveOldestFirst()
    {
        var monday = new DateOnly(2030, 2, 4);
        var late = Closed(monday, "000002") with { OpenedAt = Closed(monday, "000002").OpenedAt.AddMinutes(30) };
        await Journal.RecordTradeAsync(Closed(monday.AddDays(2), "000009"), Ct);
        await Journal.RecordTradeAsync(late, Ct);
        await Journal.RecordTradeAsync(Closed(monday, "000003"), Ct);
        await Journal.RecordTradeAsync(Closed(monday, "000001"), Ct);
        await Journal.RecordTradeAsync(Closed(monday.AddDays(-1), "000004"), Ct);
        await Journal.RecordTradeAsync(Closed(monday.AddDays(3), "000005"), Ct);

        var read = await Journal.ReadTradesAsync(monday, monday.AddDays(2), Ct);

        // Entry date, then first buy, then key (ordinal).
        Assert.Equal(["2030-02-04/000001", "2030-02-04/000003", "2030-02-04/000002", "2030-02-06/000009"], read.Select(t => t.PositionKey));
        Assert.Empty(await Journal.ReadTradesAsync(monday.AddDays(10), monday.AddDays(20), Ct));
    }

    [Theory]
    [InlineData("12345678-01")]
    [InlineData("1234567801")]
    public async Task RecordTrade_FullAccountNumber_IsRefused(string accountRef)
    {
        var trade = Closed(new DateOnly(2030, 3, 4), "005930", accountRef);

        await Assert.ThrowsAsync<ArgumentException>(() => Journal.RecordTradeAsync(trade, Ct));

        Assert.Empty(await Journal.ReadTradesAsync(trade.EntryDate, trade.EntryDate, Ct));
    }

    [Fact]
    public async Task RecordTrade_NotFlatOrMalformed_IsRefusedAndNothingIsWritten()
    {
        var trade = Closed(new DateOnly(2030, 3, 5), "005930");
        TradeResultRecord[] bad =
        [
            trade with { Fills = trade.Fills.RemoveAt(2) },                                                    // 50 still held
            trade with { Fills = trade.Fills.SetItem(2, trade.Fills[2] with { ExitReason = null }) },          // a sell without its rule
            trade with { Fills = trade.Fills.SetItem(0, trade.Fills[0] with { ExitReason = ExitReason.Manual }) }, // a buy with one
            trade with { Fills = trade.Fills.Add(trade.Fills[0]).Add(trade.Fills[0] with { Side = OrderSide.Sell, ExitReason = ExitReason.Manual }) },
            trade with { Fills = [] },
            trade with { Day1Close = 0m },
            trade with { ClosedAt = trade.OpenedAt.AddTicks(-10) },
        ];

        foreach (var record in bad)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Journal.RecordTradeAsync(record, Ct));
        }

        Assert.Empty(await Journal.ReadTradesAsync(trade.EntryDate, trade.EntryDate, Ct));
    }
}
