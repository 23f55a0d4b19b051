using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The decision path of coalesced ticks (tick dispatcher → symbol grain → position): a batch carries every print, and the
/// position evaluates its rules on each in order, so a price that crosses a threshold between two that do not is acted
/// on. Same market and figures as <see cref="PositionGrainExitTests.Exit_PlusFivePercentInTheMorning_TakesProfitOnTheWholePosition"/>.
/// </summary>
public sealed class PositionGrainTickTests
{
    [Fact]
    public async Task ReceiveTicks_APlusFivePercentPrintBetweenLowerOnesInOneBatch_TakesProfitOnThatPrint()
    {
        await using var s = await StartAsync(new PositionMarket(10_200m, 10_500m, ("10:14:59", 10_500m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(13, 0));
        // The day's first price before the clock reaches the simulator's 10:14:59 print at 10,500: its feed must not be the
        // position's first price (a race on a loaded machine made the open 10,500).
        await s.TradesInOneBatchAsync((10_200m, 10_200m));
        s.SetClock(At(10, 15));

        // r +2 %, +5 % (take profit, limit at its bid), +3 %: the last price alone would fire nothing.
        await s.TradesInOneBatchAsync((10_200m, 10_200m), (10_500m, 10_500m), (10_300m, 10_300m));
        var trade = await s.ClosedTradeAsync();

        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal((Sell(1), OrderKind.Limit, 100L, (decimal?)10_500m, "TakeProfit"), (sell.ClientOrderId, sell.Kind, sell.Quantity, sell.LimitPrice, sell.Reason));
        // 1,050,000 − commission 157 − tax 2,100 = 1,047,743; − 1,000,150 = 47,593.
        Assert.Equal((10_200m, 47_593m), (trade.Day2Open, trade.NetPnL));
        Assert.Equal(ExitReason.TakeProfit, trade.Fills[^1].ExitReason);
    }

    [Fact]
    public async Task ReceiveTicks_AfterThePositionClosed_AnswersFalse_SoTheSymbolGrainDropsIt()
    {
        await using var s = await StartAsync(new PositionMarket(10_200m, 10_500m, ("10:14:59", 10_500m, "sell", 100)));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(13, 0));
        s.SetClock(At(10, 15));
        await s.TradeAsync(10_500m, 10_500m);
        await s.ClosedTradeAsync();

        var answer = await s.Position.ReceiveTicksAsync(new TickBatch([]));

        Assert.False(answer);
        Assert.Equal(PositionStatus.Closed, (await s.Position.GetAsync()).Status);
    }
}
