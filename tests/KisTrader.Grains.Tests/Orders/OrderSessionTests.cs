using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>Orders on their own clusters: fills found by polling while the WebSocket is down; an after-hours order lapsing at 18:00.</summary>
public sealed class OrderSessionTests
{
    private static readonly DateTimeOffset AfterHours = new(2026, 11, 23, 16, 5, 0, TimeSpan.FromHours(9));

    [Fact]
    public async Task PlaceAsync_WebSocketDownDuringFills_FillsFoundByPollingCountedOnce()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-wsdown-key-01", webSocketDown: true,
            s => s["KisTrader:Orders:PollInterval"] = "00:00:01");
        var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
        var order = c.Order("t-wsdown-1");

        await order.PlaceAsync(c.Intent("t-wsdown-1", symbol, OrderKind.Market, 6, null));

        // No refresh: the order's own timer polls (1 s, real delays on the test clock).
        var view = await OrderGrainTests.WaitAsync(order, v => v.State == OrderState.Filled, "filled from the polls alone", poll: false);
        Assert.All(view.Fills, f => Assert.True(f.FromPolling));
        Assert.Equal(6L, view.FilledQuantity);
        var again = await order.RefreshAsync();
        Assert.Equal(view.Fills, again.Fills);
        var row = Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        Assert.Equal((row.FilledQuantity, row.FilledAmount), (again.FilledQuantity, again.Fills.Sum(f => f.Quantity * f.Price)));
    }

    [Fact]
    public async Task PlaceAsync_AfterHoursOrderUnfilledAt1800_ExpiredAfterTheFinalPoll()
    {
        await using var c = await OrderCluster.StartAsync(AfterHours, "PSorders-expiry-key-01",
            settings: s =>
            {
                s["KisTrader:Orders:PollInterval"] = "00:00:01";
                s["KisTrader:Orders:ExpiryGrace"] = "00:00:30";
            });
        var (symbol, price) = (await c.CheapSymbolsAsync(1))[0];
        var low = KisTrader.Trading.Pricing.PriceGrid.Default.RoundUp(price * 0.91m);
        var order = c.Order("t-expiry-1");

        var placed = await order.PlaceAsync(c.Intent("t-expiry-1", symbol, OrderKind.AfterHoursSinglePrice, 2, low));
        Assert.Equal(OrderState.Accepted, placed.State);

        c.MoveTo(new DateTimeOffset(2026, 11, 23, 18, 1, 0, TimeSpan.FromHours(9)));

        var view = await OrderGrainTests.WaitAsync(order, v => v.IsFinished, "expired by its own timer", poll: false);
        Assert.Equal((OrderState.Expired, 0L), (view.State, view.FilledQuantity));
        Assert.Equal(0L, Assert.Single(await c.BrokerOrdersAsync(symbol), r => !r.IsCancel).RemainingQuantity);
    }
}
