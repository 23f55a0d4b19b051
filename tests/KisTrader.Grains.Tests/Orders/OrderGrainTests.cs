using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>The order grain against the simulator: notices and polls counted once, rejections, idempotency, cancel, convert.</summary>
[Collection(OrderCollection.Name)]
public sealed class OrderGrainTests(OrderFixture fixture)
{
    private OrderCluster C => fixture.Orders;

    // The claim: a fill reaches the order from both sources — the 체결통보 (through the order book) and the poll of the
    // daily executions — and is counted once, whichever comes first. Which one comes first is a race (the simulator
    // fills a market order at once; under load the order's poll can read the execution before the notice is delivered),
    // so the test waits for both and asserts what holds either way: every notice was received and either counted or
    // absorbed by the poll's catch-up fill, and the totals are 10 shares once (order, journal, broker).
    [Fact]
    public async Task PlaceAsync_MarketBuy_AcceptedThenFilledByTheNoticesOnce()
    {
        var (symbol, _) = fixture.Symbols[0];
        var order = C.Order("t-notice-1");
        // KIS sends no 체결통보 for fills made while the HTS ID's registration is not live (and never replays them), so
        // the claim needs the order book's registration first: wake the book and wait until H0STCNI0 is registered.
        var realtime = C.Cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);
        await C.Cluster.Client.GetGrain<IOrderBookGrain>(C.AccountKey).GetKnownOrderNumbersAsync();
        await Eventually.TrueAsync(
            async () => (await realtime.GetStatusAsync()).Registrations.Any(r => r.Kind == MarketDataKinds.FillNotices && r.Registered),
            () => "the 체결통보 registration is live");

        var placed = await order.PlaceAsync(C.Intent("t-notice-1", symbol, OrderKind.Market, 10, null));

        Assert.NotNull(placed.BrokerOrderNumber);
        var view = await WaitAsync(order, v => v.State == OrderState.Filled, "filled", poll: false);
        Assert.Equal((10L, 1), (view.FilledQuantity, view.Submissions));

        // Every share's 체결통보 was published and reached the order, which counted or absorbed each one.
        IReadOnlyList<FillNoticeEvent> notices = [];
        await Eventually.TrueAsync(() => (notices = C.Notices.FillsOf(placed.BrokerOrderNumber!)).Sum(n => n.Quantity) == 10L,
            () => $"the fill notices of {placed.BrokerOrderNumber} (10 shares): {notices.Sum(n => n.Quantity)}");
        IReadOnlyList<(string Identity, NoticeOutcome Outcome)> outcomes = [];
        await Eventually.TrueAsync(
            () => notices.All(n => (outcomes = C.NoticeOutcomes.Of(GrainKeys.Order("t-notice-1"))).Any(o => o.Identity == n.Identity)),
            () => $"every notice applied by the order: {string.Join(", ", outcomes)}");
        Assert.All(outcomes, o => Assert.Contains(o.Outcome, new[] { NoticeOutcome.Counted, NoticeOutcome.Absorbed, NoticeOutcome.PartlyAbsorbed, NoticeOutcome.Duplicate }));
        var done = await order.GetAsync();
        Assert.Equal(10L, done.FilledQuantity);
        Assert.Equal(10L, done.Fills.Sum(f => f.Quantity));
        // A notice counted in full is a fill of its own ("n:" + its identity, its shares); a fill that is not the poll's
        // comes from a notice counted (or the part of one the poll's catch-up did not cover).
        foreach (var n in notices.Where(n => outcomes.Contains((n.Identity, NoticeOutcome.Counted))))
        {
            Assert.Equal(n.Quantity, done.Fills.Single(f => f.FillKey == "n:" + n.Identity).Quantity);
        }

        Assert.All(done.Fills.Where(f => !f.FromPolling), f => Assert.Contains(outcomes, o => "n:" + o.Identity == f.FillKey && (o.Outcome is NoticeOutcome.Counted or NoticeOutcome.PartlyAbsorbed)));

        // A poll afterwards adds nothing: the broker's cumulative is already covered.
        var refreshed = await order.RefreshAsync();
        Assert.Equal(10L, refreshed.FilledQuantity);
        Assert.Equal(done.Fills, refreshed.Fills);
        await AssertMatchesBrokerAsync(symbol, refreshed);
        Assert.Equal(done.Fills.Length, C.Journal.Fills.Count(f => C.Journal.Orders.Any(o => o.OrderId == f.OrderId && o.Intent.ClientOrderId == "t-notice-1")));
    }

    // An intent for a day KRX has no session (a Saturday) is refused before anything is kept: no state, no journal row,
    // nothing at the broker — and the caller gets the reason (it used to throw from the calendar after journaling the
    // intent, which the API reported as a reused request id).
    [Fact]
    public async Task PlaceAsync_IntentForANonTradingDay_RefusedBeforeAnythingIsKept()
    {
        var (symbol, price) = fixture.Symbols[9];
        var saturday = C.Today.AddDays(((int)DayOfWeek.Saturday - (int)C.Today.DayOfWeek + 7) % 7);
        var intent = C.Intent("t-saturday-1", symbol, OrderKind.Limit, 1, OrderCluster.Below(price)) with { TradingDate = saturday };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => C.Order("t-saturday-1").PlaceAsync(intent));

        Assert.Contains($"{saturday:yyyy-MM-dd} is not a KRX trading day", e.Message, StringComparison.Ordinal);
        Assert.Null((await C.Order("t-saturday-1").GetAsync()).Intent);
        Assert.DoesNotContain(C.Journal.Orders, o => o.Intent.ClientOrderId == "t-saturday-1");
    }

    // KIS numbers orders per day, so a notice routed here by the order number alone can be another order's (the Day-1 buy
    // under the Day-2 sell's number): one of the other side, or of another symbol, is refused, never counted.
    [Fact]
    public async Task OnFillNotice_OtherSideOrSymbolUnderItsNumber_NotCounted()
    {
        var (symbol, price) = fixture.Symbols[7];
        var (other, _) = fixture.Symbols[8];
        var order = C.Order("t-not-ours-1");
        var placed = await order.PlaceAsync(C.Intent("t-not-ours-1", symbol, OrderKind.Limit, 5, OrderCluster.Below(price)));
        Assert.Equal(OrderState.Accepted, placed.State);

        var now = C.Clock.GetUtcNow();
        FillNoticeEvent Notice(string identity, KisTrader.Trading.Money.OrderSide side, string code) => new(
            C.AccountKey, "1234****-01", FillNoticeKind.Fill, "H0STCNI0", placed.BrokerOrderNumber!, "", side, "0", "00", "2", code, "", 5, OrderCluster.Below(price), 5,
            OrderCluster.Below(price), now, now, identity, 0);
        var fills = C.Cluster.Client.GetStreamProvider(ProviderNames.Streams).GetStream<FillNoticeEvent>(StreamIds.Fills(C.AccountKey));
        await fills.OnNextAsync(Notice("t-not-ours-sell", KisTrader.Trading.Money.OrderSide.Sell, symbol));
        await fills.OnNextAsync(Notice("t-not-ours-symbol", KisTrader.Trading.Money.OrderSide.Buy, other));

        await Eventually.TrueAsync(() => C.NoticeOutcomes.RefusedBy(GrainKeys.Order("t-not-ours-1")).Count == 2, "both notices refused by the order");
        var view = await order.GetAsync();
        Assert.Equal((OrderState.Accepted, 0L), (view.State, view.FilledQuantity));
        Assert.Empty(view.Fills);
        Assert.Empty(C.NoticeOutcomes.Of(GrainKeys.Order("t-not-ours-1")));
        await order.CancelAsync("clean-up");
    }

    [Fact]
    public async Task PlaceAsync_SameIntentTwice_OneBrokerOrder_DifferentIntentUnderTheSameIdRefused()
    {
        var (symbol, price) = fixture.Symbols[1];
        var intent = C.Intent("t-idem-1", symbol, OrderKind.Limit, 3, OrderCluster.Below(price));
        var order = C.Order("t-idem-1");

        var first = await order.PlaceAsync(intent);
        var second = await order.PlaceAsync(intent);

        Assert.Equal(OrderState.Accepted, first.State);
        Assert.Equal((first.BrokerOrderNumber, 1), (second.BrokerOrderNumber, second.Submissions));
        Assert.Single(await C.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        await Assert.ThrowsAsync<InvalidOperationException>(() => order.PlaceAsync(intent with { Quantity = 4 }));
        Assert.Single(await C.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        await order.CancelAsync("clean-up");
    }

    [Fact]
    public async Task PlaceAsync_BusinessRejection_RejectedWithMsgCdAndNeverRetried()
    {
        var (symbol, _) = fixture.Symbols[2];
        await C.FaultAsync("""{"kind":"orderReject","count":1,"msgCd":"APBK0952","msg1":"주문가능금액을 초과 했습니다"}""");
        var order = C.Order("t-reject-1");

        var view = await order.PlaceAsync(C.Intent("t-reject-1", symbol, OrderKind.Market, 1, null));

        Assert.Equal((OrderState.Rejected, "APBK0952", 1), (view.State, view.MessageCode, view.Submissions));
        Assert.Equal("주문가능금액을 초과 했습니다", view.Message);
        Assert.Empty(await C.BrokerOrdersAsync(symbol));
        Assert.Single(C.Journal.Submissions, s => s.OrderId == C.Journal.Orders.Single(o => o.Intent.ClientOrderId == "t-reject-1").OrderId);
        await Eventually.TrueAsync(() => C.Changes("t-reject-1").Any(c => c.Change == OrderChange.Rejected && c.Alert), "the rejection published as an alert");
        Assert.Equal(OrderState.Rejected, (await order.RefreshAsync()).State);
    }

    [Fact]
    public async Task PlaceAsync_GateRefuses_RejectedBeforeAnythingIsSent()
    {
        var (symbol, _) = fixture.Symbols[3];
        C.Gate.Refuse(symbol, "halted");

        var view = await C.Order("t-gate-1").PlaceAsync(C.Intent("t-gate-1", symbol, OrderKind.Market, 1, null));

        Assert.Equal((OrderState.Rejected, "gate:halted", 0), (view.State, view.MessageCode, view.Submissions));
        Assert.Empty(await C.BrokerOrdersAsync(symbol));
    }

    [Fact]
    public async Task PlaceAsync_AcceptedReplyLost_LookedUpAndAdopted_ExactlyOneOrderAtTheBroker()
    {
        var (symbol, _) = fixture.Symbols[4];
        await C.FaultAsync("""{"kind":"replyLost","count":1,"trIds":["TTTC0012U"],"delay":"00:00:01"}""");
        var order = C.Order("t-lost-1");

        var placed = await order.PlaceAsync(C.Intent("t-lost-1", symbol, OrderKind.Market, 5, null));

        var rows = (await C.BrokerOrdersAsync(symbol)).Where(r => !r.IsCancel).ToList();
        var row = Assert.Single(rows);
        Assert.Equal((row.OrderNo, 1), (placed.BrokerOrderNumber, placed.Submissions));
        await Eventually.TrueAsync(
            () => C.Changes("t-lost-1").Any(c => c.Change == OrderChange.OutcomeUnknown) && C.Changes("t-lost-1").Any(c => c.Change == OrderChange.Adopted),
            "outcome-unknown, then adopted, published");
        var view = await WaitAsync(order, v => v.State == OrderState.Filled, "the adopted order filled");
        Assert.Equal(5L, view.FilledQuantity);
        Assert.Single(await C.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        await AssertMatchesBrokerAsync(symbol, await order.RefreshAsync());
    }

    [Fact]
    public async Task CancelAsync_RestingLimitBuy_CancelledAtTheBroker()
    {
        var (symbol, price) = fixture.Symbols[5];
        var order = C.Order("t-cancel-1");
        await order.PlaceAsync(C.Intent("t-cancel-1", symbol, OrderKind.Limit, 7, OrderCluster.Below(price)));

        var view = await order.CancelAsync("test");

        Assert.Equal((OrderState.Cancelled, 0L), (view.State, view.FilledQuantity));
        var original = Assert.Single(await C.BrokerOrdersAsync(symbol), r => !r.IsCancel);
        Assert.Equal(0L, original.RemainingQuantity);
        Assert.Equal(view, await order.CancelAsync("again"));
    }

    [Fact]
    public async Task ConvertToMarketAsync_RestingLimitBuy_ModifiedAndFilledUnderTheNewNumber()
    {
        var (symbol, price) = fixture.Symbols[6];
        var order = C.Order("t-convert-1");
        var placed = await order.PlaceAsync(C.Intent("t-convert-1", symbol, OrderKind.Limit, 4, OrderCluster.Below(price)));

        await order.ConvertToMarketAsync("test");

        var view = await WaitAsync(order, v => v.State == OrderState.Filled, "the converted order filled");
        Assert.NotEqual(placed.BrokerOrderNumber, view.BrokerOrderNumber);
        Assert.Equal(4L, view.FilledQuantity);
        await AssertMatchesBrokerAsync(symbol, await order.RefreshAsync());
    }

    internal static async Task<OrderView> WaitAsync(IOrderGrain order, Func<OrderView, bool> condition, string what, bool poll = true)
    {
        OrderView? last = null;
        await Eventually.TrueAsync(
            async () => condition(last = poll ? await order.RefreshAsync() : await order.GetAsync()),
            () => $"{what}; last {last?.State} {last?.FilledQuantity} ({last?.MessageCode} {last?.Message})",
            TimeSpan.FromMinutes(2));
        return last!;
    }

    /// <summary>The order's fills total exactly the broker's cumulative quantity and amount over its numbers.</summary>
    private async Task AssertMatchesBrokerAsync(string symbol, OrderView view)
    {
        var rows = (await C.BrokerOrdersAsync(symbol)).Where(r => !r.IsCancel).ToList();
        Assert.Equal(rows.Sum(r => r.FilledQuantity), view.FilledQuantity);
        Assert.Equal(rows.Sum(r => r.FilledAmount), view.Fills.Sum(f => f.Quantity * f.Price));
        Assert.Equal(view.Fills.Length, view.Fills.Select(f => f.FillKey).Distinct().Count());
    }
}
