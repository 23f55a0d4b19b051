using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// A position whose activation is lost between saving a fill and settling it (<see cref="LostAfterSaveStorage"/>: the save
/// is stored, then Orleans deactivates the activation) — what a silo killed at that instant leaves: every share sold in
/// the stored fills, the status still Open. The order's re-tell and the wake's re-read of the orders find nothing new
/// (the fills are known), so before the fix nothing ever closed such a position (the multi-process exit-day kill test
/// failed that way: "3 of 4 closed"). Now every wake settles what the stored fills decide.
/// </summary>
public sealed class PositionSettleRecoveryTests
{
    [Fact]
    public async Task ActivationLostBetweenSavingTheSellsFillAndSettling_TheNextActivationClosesThePositionOnce()
    {
        LostAfterSaveStorage? storage = null;
        await using var s = await StartAsync(
            new PositionMarket(10_200m, 10_500m, ("10:14:59", 10_500m, "sell", 100)),
            silo: b => b.Services.AddKeyedSingleton<IGrainStorage>(ProviderNames.GrainStorage,
                (sp, key) => storage = new LostAfterSaveStorage(MemoryGrainStorageFactory.Create(sp, (string)key!))));
        await s.EnterAndFillAsync();
        await s.WakeAtAsync(At(8, 55), At(9, 0));
        await s.WakeAtAsync(At(9, 0), At(13, 0));
        Assert.NotNull(storage);
        storage.Arm();
        s.SetClock(At(10, 15));
        await s.TradeAsync(10_500m, 10_500m); // r +5 %: take profit, limit at the bid; the simulator fills it in full

        await Eventually.TrueAsync(() => storage.Lost == 1, () => $"the save of the sell's fill stored, then its activation lost; orders: {s.Orders.Describe()}");
        // Minute by minute: the order grain's re-tell and the position's wake reminder (every 5 minutes) bring it back.
        var minutes = 0;
        PositionView? last = null;
        await Eventually.TrueAsync(
            async () =>
            {
                if ((last = await s.Position.GetAsync()).Status == PositionStatus.Closed)
                {
                    return true;
                }

                if (minutes < 10)
                {
                    s.SetClock(At(10, 16 + minutes++));
                }

                return false;
            },
            () => $"the position closed after its activation was lost (clock moved {minutes} min); last view {last}; orders: {s.Orders.Describe()}; log: {string.Join(" | ", s.Log.All)}");

        var trade = await s.ClosedTradeAsync();
        // One sell only: the stored fills show nothing left to sell. Same figures as the uninterrupted take profit:
        // 1,050,000 − commission 157 − tax 2,100 = 1,047,743; − 1,000,150 = 47,593.
        var sell = Assert.Single(s.Orders.Placed, i => i.Side == OrderSide.Sell);
        Assert.Equal((Sell(1), "TakeProfit", 100L), (sell.ClientOrderId, sell.Reason, sell.Quantity));
        Assert.Equal((157m, 2_100m, 47_593m), (trade.SellCommission, trade.SellTax, trade.NetPnL));
        Assert.Equal(ExitReason.TakeProfit, trade.Fills[^1].ExitReason);
        Assert.Contains(s.Log.Of(2623), l => l.Level == LogLevel.Warning && l.Text.Contains("100 bought, 100 sold", StringComparison.Ordinal));
        await s.WaitTrackedAsync(false);
        Assert.Equal(1, storage.Lost);
    }
}
