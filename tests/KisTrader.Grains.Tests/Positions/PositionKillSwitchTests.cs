using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The kill switch (the real risk grain) reaching a real position on the simulator: "halt entries" cancels its working buy
/// at the broker, "flatten" sells everything at the next regular session.
/// </summary>
public sealed class PositionKillSwitchTests
{
    [Fact]
    public async Task HaltEntries_PositionWithItsBuyWorking_BuyCancelledAtTheBrokerAndPositionAbandoned()
    {
        await using var s = await StartAsync(new PositionMarket(9_950m, 9_950m));
        await s.Position.EnterAsync(s.Entry);
        await s.WaitForOrderAsync(Buy, OrderState.Accepted);
        await s.WaitTrackedAsync(true);

        var view = await s.Risk.HaltEntriesAsync("kim", "drill");

        Assert.Equal((KillSwitchMode.EntriesHalted, false), (view.Mode, view.EntriesAllowed));
        await s.WaitAsync(v => v.Status == PositionStatus.Abandoned, "the position abandoned by the kill switch");
        var cancel = Assert.Single(await s.Orders.ActionsAsync(OrderChange.CancelRequested));
        Assert.Equal((Buy, "drill"), (cancel.ClientOrderId, cancel.Detail));
        // The 16:30 auction (10,000 × 1,000) would have filled the buy: the broker's order is gone.
        s.SetClock(Trading.Time.KrxTime.At(EntryDate, new TimeOnly(16, 31)));
        var buy = await s.Cluster.Client.GetGrain<IOrderGrain>(Buy).RefreshAsync();
        Assert.Equal((OrderState.Cancelled, 0L), (buy.State, buy.FilledQuantity));
        Assert.Equal(0L, (await s.Position.GetAsync()).Quantity);
        await s.WaitTrackedAsync(false);
    }

    [Fact]
    public async Task Flatten_OpenPositionInTheEvening_SoldAtMarketAtTheNextOpen()
    {
        await using var s = await StartAsync(new PositionMarket(9_950m, 9_950m));
        await s.EnterAndFillAsync();
        await s.WaitTrackedAsync(true);
        s.SetClock(Trading.Time.KrxTime.At(EntryDate, new TimeOnly(17, 0)));

        var view = await s.Risk.FlattenAsync("lee", "market crash");

        Assert.Equal(KillSwitchMode.Flattening, view.Mode);
        await s.WaitAsync(v => v.Status == PositionStatus.Open, "flatten asked (it waits for 09:00)");
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        s.SetClock(At(9, 0));

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal((OrderKind.Market, 100L, "Manual", "lee"), (sell.Kind, sell.Quantity, sell.Reason, sell.RequestedBy));
        // 100 at the best bid after the 9,950 opening auction: 995,000 − 149 − 1,990 = 992,861; − 1,000,150 = −7,289.
        Assert.Equal((-7_289m, ExitReason.Manual), (trade.NetPnL, trade.Fills[^1].ExitReason));
        await s.WaitTrackedAsync(false);
    }
}
