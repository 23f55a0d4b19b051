using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The 15:25 conversion of the forced exit when its sell is not at the broker yet, and a late print (the setting of
/// <see cref="PositionGrainExitTests"/>: 100 bought at 10,000, net cost 1,000,150; real order, order-book and risk grains
/// and the simulator on a fake clock).
/// </summary>
public sealed class PositionGrainConversionTests
{
    // The trades print 9,800 (r = −2 %): above the −3 % stops, below the flat range (−1.5 %) ⇒ held until the 15:20 forced
    // exit. The broker refuses the sell's first two submissions with EGW00201 (rate limited; the KIS client tries each three
    // times, so six refusals; the order grain retries 2 s, then 4 s later), so at
    // the 15:25 deadline the order grain still waits to send it and cannot convert it. The position must ask again once it
    // is at the broker, not take the conversion as done: the order's acceptance notice (15:25:08) reaches the position,
    // which converts at once — the clock is held at 15:25:08 until it has, so the instant is exact (the 10-second refresh
    // wake is the fallback when that one-way notice is lost). The sell becomes a market order and fills at the 15:30
    // closing auction, 9,800: 980,000 − commission 147 − tax 1,960 = 977,893; − 1,000,150 = −22,257.
    [Fact]
    public async Task ForcedExitNotAtTheBrokerAt1525_ConvertedOnceItIs()
    {
        await using var s = await StartAsync(new PositionMarket(9_900m, 9_800m, ("10:59:59", 9_800m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        s.SetClock(At(11, 0));
        await s.TradeAsync(9_800m, 9_800m); // r −2 %: hold
        await s.WakeAtAsync(At(13, 0), At(15, 0));
        await s.WakeAtAsync(At(15, 0), At(15, 20)); // −2 % is outside the flat range: hold
        Assert.Single(s.Orders.Placed);

        await s.FaultAsync("""{"kind":"orderReject","count":6,"msgCd":"EGW00201","msg1":"초당 거래건수를 초과하였습니다."}""");
        s.SetClock(At(15, 20)); // the forced exit; its POST refused, retried at 15:20:02
        await Eventually.TrueAsync(async () => (await s.Orders.ActionsAsync(OrderChange.RetryScheduled)).Count == 1, () => $"the sell's first retry scheduled: {s.Orders.Describe()}");
        await s.WakeAtAsync(At(15, 25), At(15, 25, 10)); // the deadline: the retry refused again (next at 15:25:04), nothing to convert yet
        // The clock stays at 15:25 until that refusal is journaled: its next retry is due 4 s after the instant the order
        // grain reads when the refusal comes back (moved on too early, it would be due after 15:25:08 and never sent).
        await Eventually.TrueAsync(async () => (await s.Orders.ActionsAsync(OrderChange.RetryScheduled)).Count == 2, () => $"the sell's second retry scheduled: {s.Orders.Describe()}");
        Assert.Empty(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));

        s.SetClock(At(15, 25, 8)); // the second retry: accepted
        await s.WaitForOrderAsync(Sell(1), OrderState.Accepted);
        await Eventually.TrueAsync(async () => (await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket)).Count > 0, () => $"the sell converted once accepted: {s.Orders.Describe()}");
        var convert = Assert.Single(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));
        Assert.Equal((Sell(1), At(15, 25, 8), "MarketDeadline"), (convert.ClientOrderId, convert.At, convert.Detail));
        await s.WakeAtAsync(At(15, 25, 10), At(15, 25, 20));
        Assert.Single(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket)); // the refresh wake does not convert it again
        s.SetClock(At(15, 31));

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("ForcedExit", 100L, OrderKind.Limit), (sell.Reason, sell.Quantity, sell.Kind));
        Assert.Equal(3, s.Orders.Submissions.Count(x => x.OrderId == s.OrderJournal.Orders.Single(o => o.Intent.ClientOrderId == Sell(1)).OrderId));
        Assert.Equal((147m, 1_960m, -22_257m), (trade.SellCommission, trade.SellTax, trade.NetPnL));
        Assert.Equal([(100L, 9_800m)], trade.Fills.Where(f => f.Side == OrderSide.Sell).Select(f => (f.Quantity, f.Price)));
        Assert.Equal(ExitReason.ForcedExit, trade.Fills[^1].ExitReason);
    }

    // At 10:00 the position holds +2 % (10,200). A print of 09:59:59 at 9,690 (−3.1 %, a stop loss if it were the latest)
    // delivered after it — a second source, or a feed catching up — must not move the price the rules act on; the next
    // print (10:00:01, 10,210) does.
    [Fact]
    public async Task TradeOlderThanTheLastApplied_Ignored()
    {
        await using var s = await StartAsync(new PositionMarket(10_100m, 10_200m, ("09:59:58", 10_200m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        s.SetClock(At(10, 0));
        await s.TradeAsync(10_200m, 10_200m);

        await s.PublishTradeAsync(9_690m, 9_690m, At(9, 59, 59));
        s.SetClock(At(10, 0, 1));
        await s.TradeAsync(10_210m, 10_210m); // same stream, in order: the old print was handled before this one

        var view = await s.Position.GetAsync();
        Assert.Equal((PositionStatus.Open, 100L, (decimal?)10_210m), (view.Status, view.Quantity, view.LastPrice));
        Assert.Single(s.Orders.Placed); // the buy only: no stop loss
    }
}
