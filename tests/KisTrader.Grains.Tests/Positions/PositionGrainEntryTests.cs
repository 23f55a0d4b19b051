using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>The Day-1 side of a position: the one buy, fills applied once each, the status, the kill switch's two calls.</summary>
public sealed class PositionGrainEntryTests
{
    [Fact]
    public async Task Enter_FillsArriveInParts_QuantityAndAverageFollowTheFillsOnceEach()
    {
        await using var s = await StartAsync();

        var entering = await s.Position.EnterAsync(Entry);
        Assert.Equal((PositionStatus.Entering, 0L), (entering.Status, entering.Quantity));
        var buy = s.Cluster.Client.GetGrain<IScriptedOrderControl>(Buy);
        await buy.FillAsync("f1", 60, 10_000m);
        await buy.FillAsync("f2", 40, 9_990m);
        await buy.FillAsync("f1", 60, 10_000m); // the same 체결 told again (stream and poll): counted once

        // (60 × 10,000 + 40 × 9,990) ÷ 100 = 9,996.
        var open = await s.WaitAsync(v => v.Quantity == 100, "100 shares held");
        Assert.Equal((PositionStatus.Open, 9_996m, 0m), (open.Status, open.AveragePrice, open.RealizedPnL));
        var intent = Assert.Single(s.Orders.Placed);
        Assert.Equal((Buy, OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 100L, (decimal?)10_000m, OrderPurpose.Entry, Key, "16:30", new DateOnly(2026, 12, 3)),
            (intent.ClientOrderId, intent.Side, intent.Kind, intent.Quantity, intent.LimitPrice, intent.Purpose, intent.OwnerKey, intent.Reason, intent.TradingDate));
        await Eventually.TrueAsync(() => s.Risk.Tracked.Contains((Key, true)), "the risk grain told the position opened");
        var row = Assert.Single(await s.Journal.ReadPositionsAsync(EntryDate, TestContext.Current.CancellationToken));
        Assert.Equal((100L, 9_996m, PositionStatus.Open), (row.Quantity, row.AveragePrice, row.Status));
    }

    [Fact]
    public async Task Enter_SameEntryTwice_PlacesOneBuy()
    {
        await using var s = await StartAsync();
        await s.EnterAndFillAsync();

        var again = await s.Position.EnterAsync(Entry);

        Assert.Equal((PositionStatus.Open, 100L), (again.Status, again.Quantity));
        Assert.Single(s.Orders.Calls, c => c.Method == "Place");
        Assert.Equal([Buy], again.OrderIds);
    }

    [Fact]
    public async Task Enter_DifferentSecondEntry_IsRefused()
    {
        await using var s = await StartAsync();
        await s.EnterAndFillAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => s.Position.EnterAsync(Entry with { Quantity = 200 }));

        Assert.Single(s.Orders.Calls, c => c.Method == "Place");
    }

    [Fact]
    public async Task Enter_EntryOfAnotherSymbol_IsRefused()
    {
        await using var s = await StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => s.Position.EnterAsync(Entry with { Symbol = "000660" }));

        Assert.Empty(s.Orders.Calls);
    }

    [Fact]
    public async Task CancelEntry_NothingFilled_CancelsTheBuyAndAbandons()
    {
        await using var s = await StartAsync();
        await s.Position.EnterAsync(Entry);

        await s.Position.CancelEntryAsync("operator", "HaltEntries");

        var view = await s.WaitAsync(v => v.Status == PositionStatus.Abandoned, "the position abandoned");
        Assert.Equal(0, view.Quantity);
        var cancel = Assert.Single(s.Orders.Calls, c => c.Method == "Cancel");
        Assert.Equal((Buy, "HaltEntries"), (cancel.ClientOrderId, cancel.Reason));
        Assert.Empty(await s.Trades.ReadTradesAsync(EntryDate, EntryDate, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(s.Risk.Tracked, t => t.Open);
    }

    [Fact]
    public async Task Flatten_RequestedInTheEvening_SellsEverythingAtMarketAtTheNextOpen()
    {
        await using var s = await StartAsync();
        await s.EnterAndFillAsync();
        s.Orders.Plan(Sell(1), new OrderPlan(9_950m));
        s.SetClock(KrxTime(EntryDate, 17, 0));

        var asked = await s.Position.FlattenAsync("api-key-1", "KillSwitch");

        Assert.Equal((PositionStatus.Open, 100L), (asked.Status, asked.Quantity)); // after hours: waits for the regular session
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        s.SetClock(At(9, 0));

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal((Sell(1), OrderKind.Market, 100L, (decimal?)null, "Manual", "api-key-1"), (sell.ClientOrderId, sell.Kind, sell.Quantity, sell.LimitPrice, sell.Reason, sell.RequestedBy));
        Assert.Equal(At(9, 0), s.Orders.Calls.First(c => c.ClientOrderId == Sell(1)).At);
        // 995,000 − 149 − 1,990 = 992,861; − 1,000,150 = −7,289.
        Assert.Equal(-7_289m, trade.NetPnL);
        var exit = Assert.Single(await s.Journal.ReadExitsAsync(Key, TestContext.Current.CancellationToken));
        Assert.Equal((Sell(1), ExitReason.Manual, ExitWindow.Morning, (decimal?)null, 100L), (exit.ClientOrderId, exit.Reason, exit.Window, exit.Return, exit.Quantity));
        var row = Assert.Single(await s.Journal.ReadPositionsAsync(EntryDate, TestContext.Current.CancellationToken));
        Assert.Equal((0L, -7_289m, PositionStatus.Closed), (row.Quantity, row.RealizedPnL, row.Status));
        await Eventually.TrueAsync(() => s.Risk.Tracked.Contains((Key, false)), "the risk grain told the position closed");
    }

    private static DateTimeOffset KrxTime(DateOnly date, int hour, int minute) => Trading.Time.KrxTime.At(date, new TimeOnly(hour, minute));
}
