using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;
using static KisTrader.Grains.Tests.Positions.PositionScenario;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// A position whose after-hours buy ends with nothing filled (it lapses at 18:00, or the broker or a gate refuses it)
/// tells the account's risk grain it is over: the kill switch panel's count of open positions goes back to 0.
/// </summary>
public sealed class PositionUnfilledEntryTests
{
    [Fact]
    public async Task Enter_BuyLapsesAt18Unfilled_AbandonedAndRiskNoLongerTracksIt()
    {
        // No after-hours match at all: the 10,000 buy rests until the session's end and lapses.
        await using var s = await StartAsync(new PositionMarket(9_950m, 9_950m) { AfterHours = [] });
        await s.Position.EnterAsync(s.Entry);
        await s.WaitForOrderAsync(Buy, OrderState.Accepted);
        await s.WaitTrackedAsync(true);

        s.SetClock(Trading.Time.KrxTime.At(EntryDate, new TimeOnly(18, 2)));

        await s.WaitForOrderAsync(Buy, OrderState.Expired);
        var view = await s.WaitAsync(v => v.Status == PositionStatus.Abandoned, "the position abandoned after its buy lapsed");
        Assert.Equal(0L, view.Quantity);
        await s.WaitTrackedAsync(false);
        Assert.Empty((await s.Risk.GetAsync()).OpenPositions);
    }

    [Fact]
    public async Task Enter_BrokerRejectsTheBuy_AbandonedAndRiskNoLongerTracksIt()
    {
        // Told "open" at the entry and "ended" a moment later (the refusal answers the placement): the count ends at 0.
        await using var s = await StartAsync(new PositionMarket(9_950m, 9_950m));
        await s.FaultAsync("""{"kind":"orderReject","count":1,"msgCd":"APBK0952","msg1":"주문가능금액을 초과 했습니다"}""");

        var entered = await s.Position.EnterAsync(s.Entry);

        Assert.Equal((PositionStatus.Abandoned, 0L), (entered.Status, entered.Quantity));
        Assert.Equal(OrderState.Rejected, (await s.Cluster.Client.GetGrain<IOrderGrain>(Buy).GetAsync()).State);
        await s.WaitTrackedAsync(false);
        Assert.Empty((await s.Risk.GetAsync()).OpenPositions);
    }
}
