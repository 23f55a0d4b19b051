using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The Day-1 side of a position on the real order, order-book and risk grains and the simulator: the one buy, fills
/// applied once each, the status, the risk grain's tracking, the kill switch's two calls.
/// </summary>
public sealed class PositionGrainEntryTests
{
    /// <summary>A Day 2 nobody trades in these tests but the flatten (opening auction 9,950, the book's bid there).</summary>
    private static readonly PositionMarket Quiet = new(9_950m, 9_950m);

    [Fact]
    public async Task Enter_FillsArriveInParts_QuantityAndAverageFollowTheFillsOnceEach()
    {
        // The simulator matches 60 at the 16:30 auction (10,000) and 40 at the 16:40 one (9,990): two executions.
        await using var s = await StartAsync(Quiet with { AfterHours = [("16:30", 10_000m, 60), ("16:40", 9_990m, 40)] });

        var entering = await s.Position.EnterAsync(s.Entry);
        Assert.Equal((PositionStatus.Entering, 0L), (entering.Status, entering.Quantity));
        await s.WaitTrackedAsync(true); // tracked from the entry: "halt entries" reaches the working buy
        await s.WaitForOrderAsync(Buy, OrderState.Accepted);
        s.SetClock(Trading.Time.KrxTime.At(EntryDate, new TimeOnly(16, 31)));
        await s.WaitAsync(v => v.Quantity == 60, "60 shares held after 16:30");
        s.SetClock(Trading.Time.KrxTime.At(EntryDate, new TimeOnly(16, 41)));
        await s.WaitAsync(v => v.Quantity == 100, "100 shares held after 16:40");
        // A poll of the day's executions finds both again (the notices counted them already): counted once.
        var buy = await s.Cluster.Client.GetGrain<IOrderGrain>(Buy).RefreshAsync();
        Assert.Equal((OrderState.Filled, 100L, 2), (buy.State, buy.FilledQuantity, buy.Fills.Length));

        // (60 × 10,000 + 40 × 9,990) ÷ 100 = 9,996.
        var open = await s.WaitAsync(v => v.Quantity == 100, "100 shares held");
        Assert.Equal((PositionStatus.Open, 9_996m, 0m), (open.Status, open.AveragePrice, open.RealizedPnL));
        var intent = Assert.Single(s.Orders.Placed);
        Assert.Equal((Buy, OrderSide.Buy, OrderKind.AfterHoursSinglePrice, 100L, (decimal?)10_000m, OrderPurpose.Entry, Key, "16:30", new DateOnly(2026, 12, 3)),
            (intent.ClientOrderId, intent.Side, intent.Kind, intent.Quantity, intent.LimitPrice, intent.Purpose, intent.OwnerKey, intent.Reason, intent.TradingDate));
        Assert.Single(s.Orders.Submissions);
        await s.WaitTrackedAsync(true);
        var row = Assert.Single(await s.Journal.ReadPositionsAsync(EntryDate, TestContext.Current.CancellationToken));
        Assert.Equal((100L, 9_996m, PositionStatus.Open), (row.Quantity, row.AveragePrice, row.Status));
    }

    [Fact]
    public async Task Enter_SameEntryTwice_PlacesOneBuy()
    {
        await using var s = await StartAsync(Quiet);
        await s.EnterAndFillAsync();

        var again = await s.Position.EnterAsync(s.Entry);

        Assert.Equal((PositionStatus.Open, 100L), (again.Status, again.Quantity));
        Assert.Single(s.Orders.Placed);
        Assert.Single(s.Orders.Submissions);
        Assert.Equal([Buy], again.OrderIds);
    }

    [Fact]
    public async Task Enter_DifferentSecondEntry_IsRefused()
    {
        await using var s = await StartAsync(Quiet);
        await s.EnterAndFillAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => s.Position.EnterAsync(s.Entry with { Quantity = 200 }));

        Assert.Single(s.Orders.Placed);
        Assert.Single(s.Orders.Submissions);
    }

    [Fact]
    public async Task Enter_EntryOfAnotherSymbol_IsRefused()
    {
        await using var s = await StartAsync(Quiet);

        await Assert.ThrowsAsync<ArgumentException>(() => s.Position.EnterAsync(s.Entry with { Symbol = "000660" }));

        Assert.Empty(s.Orders.Placed);
    }

    [Fact]
    public async Task CancelEntry_NothingFilled_CancelsTheBuyAndAbandons()
    {
        await using var s = await StartAsync(Quiet);
        await s.Position.EnterAsync(s.Entry);
        await s.WaitForOrderAsync(Buy, OrderState.Accepted);

        await s.Position.CancelEntryAsync("operator", "HaltEntries");

        var view = await s.WaitAsync(v => v.Status == PositionStatus.Abandoned, "the position abandoned");
        Assert.Equal(0, view.Quantity);
        var cancel = Assert.Single(await s.Orders.ActionsAsync(OrderChange.CancelRequested));
        Assert.Equal((Buy, "HaltEntries"), (cancel.ClientOrderId, cancel.Detail));
        Assert.Equal(OrderState.Cancelled, (await s.Cluster.Client.GetGrain<IOrderGrain>(Buy).GetAsync()).State);
        // The 16:30 auction finds nothing to match: the broker's order was cancelled.
        s.SetClock(Trading.Time.KrxTime.At(EntryDate, new TimeOnly(16, 31)));
        Assert.Equal(0L, (await s.Cluster.Client.GetGrain<IOrderGrain>(Buy).RefreshAsync()).FilledQuantity);
        Assert.Empty(await s.Trades.ReadTradesAsync(EntryDate, EntryDate, TestContext.Current.CancellationToken));
        await s.WaitTrackedAsync(false);
    }

    [Fact]
    public async Task Flatten_RequestedInTheEvening_SellsEverythingAtMarketAtTheNextOpen()
    {
        await using var s = await StartAsync(Quiet);
        await s.EnterAndFillAsync();
        s.SetClock(KrxTime(EntryDate, 17, 0));

        var asked = await s.Position.FlattenAsync("api-key-1", "KillSwitch");

        Assert.Equal((PositionStatus.Open, 100L), (asked.Status, asked.Quantity)); // after hours: waits for the regular session
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        s.SetClock(At(9, 0)); // the market sell takes the book's best bid after the opening auction (9,950)

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal((Sell(1), OrderKind.Market, 100L, (decimal?)null, "Manual", "api-key-1"), (sell.ClientOrderId, sell.Kind, sell.Quantity, sell.LimitPrice, sell.Reason, sell.RequestedBy));
        Assert.Equal(At(9, 0), s.Orders.PlacedAt(Sell(1)));
        // 995,000 − 149 − 1,990 = 992,861; − 1,000,150 = −7,289.
        Assert.Equal(-7_289m, trade.NetPnL);
        var exit = Assert.Single(await s.Journal.ReadExitsAsync(Key, TestContext.Current.CancellationToken));
        Assert.Equal((Sell(1), ExitReason.Manual, ExitWindow.Morning, (decimal?)null, 100L), (exit.ClientOrderId, exit.Reason, exit.Window, exit.Return, exit.Quantity));
        var row = Assert.Single(await s.Journal.ReadPositionsAsync(EntryDate, TestContext.Current.CancellationToken));
        Assert.Equal((0L, -7_289m, PositionStatus.Closed), (row.Quantity, row.RealizedPnL, row.Status));
        await s.WaitTrackedAsync(false);
    }

    private static DateTimeOffset KrxTime(DateOnly date, int hour, int minute) => Trading.Time.KrxTime.At(date, new TimeOnly(hour, minute));
}
