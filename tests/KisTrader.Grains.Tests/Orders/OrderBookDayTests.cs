using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>The order book routes a 체결통보 by its number and its trading date (KIS numbers orders per day).</summary>
[Collection(OrderCollection.Name)]
public sealed class OrderBookDayTests(OrderFixture fixture)
{
    private OrderCluster C => fixture.Orders;

    // Scenario A of the two-day run found it: a Day-2 sell numbered like a Day-1 buy of the same symbol had its notice
    // routed to the buy (refused there: other side) when the notice came before the sell registered its number, so the
    // fill came by polling only. A notice of another day is now kept until the order of its day registers the number.
    [Fact]
    public async Task OnNotice_NumberOfAnEarlierDaysOrder_KeptForTheOrderOfItsOwnDay()
    {
        var (symbol, price) = fixture.Symbols[9];
        var order = C.Order("t-day-1");
        var placed = await order.PlaceAsync(C.Intent("t-day-1", symbol, OrderKind.Limit, 5, OrderCluster.Below(price)));
        Assert.Equal(OrderState.Accepted, placed.State);
        var number = placed.BrokerOrderNumber!;
        var today = C.Clock.GetUtcNow();
        var tomorrow = today.AddDays(1);

        FillNoticeEvent Notice(string identity, DateTimeOffset at, KisTrader.Trading.Money.OrderSide side) => new(
            C.AccountKey, "1234****-01", FillNoticeKind.Fill, "H0STCNI0", number, "", side, "0", "00", "2", symbol, "", 5, OrderCluster.Below(price), 5,
            OrderCluster.Below(price), at, at, identity, 0);
        var fills = C.Cluster.Client.GetStreamProvider(ProviderNames.Streams).GetStream<FillNoticeEvent>(StreamIds.Fills(C.AccountKey));
        // Tomorrow's sell under today's number, then one of today (a sell: refused by today's buy). The book handles its
        // stream in order, so once today's is refused, tomorrow's has been handled too.
        var later = Notice("t-day-2-sell", tomorrow, KisTrader.Trading.Money.OrderSide.Sell);
        await fills.OnNextAsync(later);
        await fills.OnNextAsync(Notice("t-day-1-sell", today, KisTrader.Trading.Money.OrderSide.Sell));
        await Eventually.TrueAsync(() => C.NoticeOutcomes.RefusedBy(GrainKeys.Order("t-day-1")).Count == 1, "today's notice routed to today's order");

        Assert.Equal(["t-day-1-sell"], C.NoticeOutcomes.RefusedBy(GrainKeys.Order("t-day-1")));
        await order.CancelAsync("clean-up");
        var kept = await C.Cluster.Client.GetGrain<IOrderBookGrain>(C.AccountKey).RegisterAsync(number, "t-day-2", KrxTime.DateOf(tomorrow));
        Assert.Equal([later], kept);
    }
}
