using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The exit day of one position (100 shares bought at 10,000 on Day 1 by the simulator's 16:30 after-hours match: net buy
/// cost 1,000,000 + commission 150 = 1,000,150), each rule firing at its time, on a fake clock, through the real order,
/// order-book and risk grains and the simulator. Costs: commission 0.015 % per side and tax 0.20 % on sells, each rounded
/// down to the won per fill. Every figure below is derived by hand in the test's comment. Each market prints the bid of
/// each published trade a second before it ("sell" print: the simulator's best bid), so a limit sell at that bid fills in
/// full at it when placed (the book holds thousands of shares per level: see <see cref="PositionMarket"/>).
/// </summary>
public sealed class PositionGrainExitTests
{
    [Fact]
    public async Task Exit_PlusFivePercentInTheMorning_TakesProfitOnTheWholePosition()
    {
        await using var s = await StartAsync(new PositionMarket(10_200m, 10_500m, ("10:14:59", 10_500m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(13, 0));
        await s.TradeAsync(10_200m, 10_200m); // r +2 %: hold
        s.SetClock(At(10, 15));
        await s.TradeAsync(10_500m, 10_500m); // r +5 %: take profit, limit at the bid

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal((Sell(1), OrderKind.Limit, 100L, (decimal?)10_500m, OrderPurpose.Exit, "TakeProfit"), (sell.ClientOrderId, sell.Kind, sell.Quantity, sell.LimitPrice, sell.Purpose, sell.Reason));
        // 1,050,000 − commission 157 − tax 2,100 = 1,047,743; − 1,000,150 = 47,593.
        Assert.Equal((157m, 2_100m, 47_593m), (trade.SellCommission, trade.SellTax, trade.NetPnL));
        Assert.Equal(10_200m, trade.Day2Open);
        Assert.Equal(ExitReason.TakeProfit, trade.Fills[^1].ExitReason);
    }

    [Fact]
    public async Task Exit_OpeningBeyondTheTakeProfit_SellsAtTheFirstPriceOfTheDay()
    {
        // The open's trade reaches the position at 09:00:02 (the simulator's first print after the auction is at 09:00:01).
        await using var s = await StartAsync(new PositionMarket(10_600m, 10_600m, ("09:00:01", 10_600m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(13, 0));
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell); // no price yet at 09:00: nothing to act on
        s.SetClock(At(9, 0, 2));
        await s.TradeAsync(10_600m, 10_600m); // the open, +6 %

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("TakeProfit", 100L, (decimal?)10_600m), (sell.Reason, sell.Quantity, sell.LimitPrice));
        Assert.Equal(10_600m, trade.Day2Open);
        // 1,060,000 − 159 − 2,120 = 1,057,721; − 1,000,150 = 57,571.
        Assert.Equal(57_571m, trade.NetPnL);
    }

    [Fact]
    public async Task Exit_MinusThreePercent_StopsOut()
    {
        await using var s = await StartAsync(new PositionMarket(9_900m, 9_700m, ("10:59:59", 9_690m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        s.SetClock(At(11, 0));
        await s.TradeAsync(9_700m, 9_690m); // r exactly −3 %

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("StopLoss", 100L, (decimal?)9_690m, OrderKind.Limit), (sell.Reason, sell.Quantity, sell.LimitPrice, sell.Kind));
        // 969,000 − 145 − 1,938 = 966,917; − 1,000,150 = −33,233.
        Assert.Equal(-33_233m, trade.NetPnL);
    }

    [Fact]
    public async Task Exit_PlusThreePercentAfter1300_SellsHalfAtTheBoundaryAndTheRestAtTheForcedExit()
    {
        // The 15:20 forced exit rests in the closing auction (15:20–15:30, no continuous trading), is converted to market at
        // 15:25 (the deadline) and fills at the 15:30 auction price, 10,300 — the price the scripted version filled at 15:20.
        await using var s = await StartAsync(new PositionMarket(10_100m, 10_300m, ("09:59:59", 10_400m, "sell", 100), ("13:59:59", 10_300m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        s.SetClock(At(10, 0));
        await s.TradeAsync(10_400m, 10_400m); // r +4 %: below the morning +5 %, hold
        await s.WakeAtAsync(At(13, 0), At(15, 0)); // the afternoon rules on the last price: +4 % ≥ +3 % → 50 %
        await s.WaitForOrdersAsync(2);
        await s.WaitAsync(v => v.Quantity == 50, "the half sold at 13:00");
        s.SetClock(At(14, 0));
        await s.TradeAsync(10_300m, 10_300m); // r +3 %, partial already taken: hold
        await s.WakeAtAsync(At(15, 0), At(15, 20)); // +3 % is outside the flat range: hold
        Assert.Equal(2, s.Orders.Placed.Count);
        s.SetClock(At(15, 20)); // forced exit of the rest
        await s.WaitForOrdersAsync(3);
        s.SetClock(At(15, 25));
        await Eventually.TrueAsync(async () => (await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket)).Count == 1,
            () => $"the forced exit converted at 15:25; {s.Orders.Describe()}; {s.Clock.Describe()}");
        s.SetClock(At(15, 31));

        var trade = await s.ClosedTradeAsync();

        var sells = s.Orders.Placed.Where(i => i.Side == OrderSide.Sell).ToList();
        Assert.Equal(
            [(Sell(1), "PartialTakeProfit", 50L, (decimal?)10_400m), (Sell(2), "ForcedExit", 50L, (decimal?)10_300m)],
            sells.Select(i => (i.ClientOrderId, i.Reason, i.Quantity, i.LimitPrice)));
        Assert.Equal(At(13, 0), s.Orders.PlacedAt(Sell(1)));
        var convert = Assert.Single(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));
        Assert.Equal((Sell(2), At(15, 25), "MarketDeadline"), (convert.ClientOrderId, convert.At, convert.Detail));
        // 520,000 − 78 − 1,040 = 518,882 and 515,000 − 77 − 1,030 = 513,893: 1,032,775 − 1,000,150 = 32,625.
        Assert.Equal((155m, 2_070m, 32_625m), (trade.SellCommission, trade.SellTax, trade.NetPnL));
        Assert.Equal([ExitReason.PartialTakeProfit, ExitReason.ForcedExit], trade.Fills.Where(f => f.Side == OrderSide.Sell).Select(f => f.ExitReason!.Value));
        Assert.Equal(At(15, 30), trade.ClosedAt);
    }

    [Fact]
    public async Task Exit_FlatAt1500_SellsEverythingAtTheBoundary()
    {
        await using var s = await StartAsync(new PositionMarket(10_050m, 10_050m, ("14:59:59", 10_050m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(13, 0));
        await s.TradeAsync(10_050m, 10_050m); // r +0.5 %
        await s.WakeAtAsync(At(13, 0), At(15, 0));
        Assert.DoesNotContain(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        s.SetClock(At(15, 0)); // within ±1.5 %: flat-range exit

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("FlatRangeExit", 100L, (decimal?)10_050m), (sell.Reason, sell.Quantity, sell.LimitPrice));
        Assert.Equal(At(15, 0), s.Orders.PlacedAt(Sell(1)));
        // 1,005,000 − 150 − 2,010 = 1,002,840; − 1,000,150 = 2,690.
        Assert.Equal(2_690m, trade.NetPnL);
    }

    [Fact]
    public async Task Exit_ForcedAt1520Unfilled_IsConvertedToMarketAt1525()
    {
        // The 15:20 limit at 10,250 rests in the closing auction; converted to market at 15:25 it fills at the 15:30 auction
        // price, 10,200 (a limit at 10,250 would not have filled): flat at 15:30, as the scripted version was at 15:25.
        await using var s = await StartAsync(new PositionMarket(10_250m, 10_200m, ("09:29:59", 10_250m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        s.SetClock(At(9, 30));
        await s.TradeAsync(10_250m, 10_250m); // r +2.5 %: no rule until the forced exit
        await s.WakeAtAsync(At(13, 0), At(15, 0));
        await s.WakeAtAsync(At(15, 0), At(15, 20));
        await s.WakeAtAsync(At(15, 20), At(15, 20, 10)); // forced exit, limit at the bid; open orders refresh every 10 s
        await s.WaitForOrdersAsync(2);
        await s.WakeAtAsync(At(15, 20, 30), At(15, 20, 40)); // a forced exit is exempt from the 30 s rule
        Assert.Empty(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));
        s.SetClock(At(15, 25));
        await Eventually.TrueAsync(async () => (await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket)).Count == 1,
            () => $"the forced exit converted at 15:25; {s.Orders.Describe()}; {s.Clock.Describe()}");
        s.SetClock(At(15, 31));

        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal(("ForcedExit", 100L, (decimal?)10_250m, OrderKind.Limit, At(15, 20)), (sell.Reason, sell.Quantity, sell.LimitPrice, sell.Kind, s.Orders.PlacedAt(Sell(1))));
        var convert = Assert.Single(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));
        Assert.Equal((Sell(1), At(15, 25), "MarketDeadline"), (convert.ClientOrderId, convert.At, convert.Detail));
        // 1,020,000 − 153 − 2,040 = 1,017,807; − 1,000,150 = 17,657.
        Assert.Equal(17_657m, trade.NetPnL);
        Assert.Equal(At(15, 30), trade.ClosedAt);
    }

    [Fact]
    public async Task Exit_LimitPartlyFilledAfterThirtySeconds_RestConvertedToMarket()
    {
        // The stop-loss limit at 9,690 rests (the simulator's last print before 10:00 is a buy at 9,690: best bid 9,680); a
        // print of 30 at 9,700 at 10:00:05 trades through it (30 at 9,690), then a sell at 9,680 leaves the best bid at
        // 9,680; converted at 10:00:30 the rest (70) sells at market there.
        await using var s = await StartAsync(new PositionMarket(9_900m, 9_700m,
            ("09:59:59", 9_690m, "buy", 100), ("10:00:05", 9_700m, "sell", 30), ("10:00:05", 9_680m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        s.SetClock(At(10, 0));
        await s.TradeAsync(9_700m, 9_690m); // −3 %: stop loss, limit 9,690
        await s.WaitForOrdersAsync(2);
        await s.WakeAtAsync(At(10, 0, 10), At(10, 0, 20));
        await s.WaitAsync(v => v.Quantity == 70, "30 sold at 10:00:05");
        await s.WakeAtAsync(At(10, 0, 20), At(10, 0, 30));
        Assert.Empty(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));
        s.SetClock(At(10, 0, 30));

        var trade = await s.ClosedTradeAsync();

        var convert = Assert.Single(await s.Orders.ActionsAsync(OrderChange.ConvertedToMarket));
        Assert.Equal((Sell(1), At(10, 0, 30), "LimitTimeout"), (convert.ClientOrderId, convert.At, convert.Detail));
        Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        // 290,700 − 43 − 581 = 290,076 and 677,600 − 101 − 1,355 = 676,144: 966,220 − 1,000,150 = −33,930.
        Assert.Equal(-33_930m, trade.NetPnL);
        Assert.Equal([30L, 70L], trade.Fills.Where(f => f.Side == OrderSide.Sell).Select(f => f.Quantity));
    }
}
