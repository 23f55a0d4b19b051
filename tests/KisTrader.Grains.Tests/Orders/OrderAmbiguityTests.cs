using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Risk;
using OrderSide = KisTrader.Trading.Money.OrderSide;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// An unknown outcome that the lookup cannot decide — the inquiry keeps failing, or it finds more than one candidate — is
/// never adopted nor resubmitted: the order ends ambiguous, its symbol is halted at the risk grain (no new order for it)
/// and the alert is raised on both channels (the risk alert journal and the events stream).
/// </summary>
public sealed class OrderAmbiguityTests
{
    private static void Fast(Dictionary<string, string?> s)
    {
        s["KisTrader:Orders:FailureRetryDelay"] = "00:00:00.100";
        s["KisTrader:Orders:LookupFailureLimit"] = "3";
    }

    [Fact]
    public async Task PlaceAsync_ReplyLostAndTheLookupKeepsFailing_AmbiguousSymbolHaltedAndAlerted()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-ambig-fail-01", settings: Fast);
        var (symbol, _) = (await c.CheapSymbolsAsync(1))[0];
        await c.FaultAsync("""{"kind":"replyLost","count":1,"trIds":["TTTC0012U"],"delay":"00:00:01"}""");
        await c.FaultAsync("""{"kind":"http500","trIds":["TTTC0081R","CTSC9215R"]}""");
        var order = c.Order("t-ambig-fail-1");

        await order.PlaceAsync(c.Intent("t-ambig-fail-1", symbol, OrderKind.Market, 3, null));

        // Each failed lookup is tried again FailureRetryDelay later on the grains' clock: the test moves it (and the market) on.
        OrderView? view = null;
        await Eventually.TrueAsync(
            async () =>
            {
                c.MoveTo(c.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
                await Task.Delay(200, TestContext.Current.CancellationToken);
                return (view = await order.GetAsync()).State == OrderState.Ambiguous;
            },
            () => $"ambiguous after the failed lookups; last {view?.State} ({view?.MessageCode} {view?.Message})",
            TimeSpan.FromMinutes(3));
        Assert.Equal(("LOOKUP_FAILED", 1), (view!.MessageCode, view.Submissions));
        Assert.Null(view.BrokerOrderNumber);
        await AssertHaltedAndAlertedAsync(c, symbol, "t-ambig-fail-1");

        // Never resubmitted: the broker holds the one order whose answer was lost (read once the inquiry answers again).
        await c.ClearFaultsAsync();
        Assert.Single(await c.BrokerOrdersEventuallyAsync(symbol), r => !r.IsCancel);
        Assert.Equal(OrderState.Ambiguous, (await order.RefreshAsync()).State);
    }

    [Fact]
    public async Task PlaceAsync_ReplyLostAndTwoCandidatesAtTheBroker_AmbiguousSymbolHaltedAndAlerted()
    {
        await using var c = await OrderCluster.StartAsync(TestSimulator.ContinuousSession, "PSorders-ambig-two-01", settings: Fast);
        var (symbol, price) = (await c.CheapSymbolsAsync(1))[0];
        var limit = OrderCluster.Below(price);
        // An identical order placed outside the grains (a person at the HTS): the lookup cannot tell which one is ours.
        var other = await c.Trading.PlaceCashOrderAsync(new KisTrader.Kis.Models.CashOrderRequest(c.Trading.Account, KisTrader.Kis.Models.OrderSide.Buy, symbol,
            KisTrader.Kis.Models.OrderDivision.Limit, 2, limit), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(OrderOutcome.Accepted, other.Outcome);
        await c.FaultAsync("""{"kind":"replyLost","count":1,"trIds":["TTTC0012U"],"delay":"00:00:01"}""");
        var order = c.Order("t-ambig-two-1");

        var view = await order.PlaceAsync(c.Intent("t-ambig-two-1", symbol, OrderKind.Limit, 2, limit, OrderSide.Buy));

        Assert.Equal((OrderState.Ambiguous, "AMBIGUOUS", 1), (view.State, view.MessageCode, view.Submissions));
        var rows = (await c.BrokerOrdersAsync(symbol)).Where(r => !r.IsCancel).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows.Select(r => r.OrderNo).Order(StringComparer.Ordinal), view.Message!.Split(',').Order(StringComparer.Ordinal));
        await AssertHaltedAndAlertedAsync(c, symbol, "t-ambig-two-1");
    }

    /// <summary>The symbol halted at the risk grain (its gate then refuses any order of it), alerted in the journal and on the stream.</summary>
    private static async Task AssertHaltedAndAlertedAsync(OrderCluster c, string symbol, string id)
    {
        var reason = "order-ambiguous:" + GrainKeys.Order(id);
        var risk = c.Cluster.Client.GetGrain<IRiskGrain>(GrainKeys.Risk(c.AccountKey));
        RiskView? last = null;
        await Eventually.TrueAsync(async () => (last = await risk.GetAsync()).HaltedSymbols.ContainsKey(symbol), () => $"{symbol} halted; halted: {string.Join(',', last?.HaltedSymbols.Keys ?? [])}");
        Assert.Equal(reason, last!.HaltedSymbols[symbol]);

        var switches = new RiskSwitches(false, false, false, last.HaltedSymbols);
        foreach (var side in new[] { OrderSide.Buy, OrderSide.Sell })
        {
            var check = new RiskCheck(new RiskOrder(symbol, side, OrderKind.Market, 1, null, OrderPurpose.Manual, c.Today), c.Clock.GetUtcNow(), null, null, null, 0m, switches);
            Assert.Equal(RiskCodes.SymbolHalted, new KillSwitchRule().Check(check)?.Code);
        }

        var alerts = await c.Alerts.ReadAsync(DateTimeOffset.MinValue, TestContext.Current.CancellationToken);
        Assert.Single(alerts, a => a.Code == RiskCodes.SymbolHalted && a.Message.Contains(symbol, StringComparison.Ordinal) && a.Message.Contains(reason, StringComparison.Ordinal));
        await Eventually.TrueAsync(
            () => c.Events.Risk.Any(r => r.Change == RiskChange.SymbolHalted && r.Symbol == symbol && r.Reason == reason)
                && c.Changes(id).Any(o => o.Change == OrderChange.Ambiguous && o.Alert),
            "the halt and the ambiguous order published, the latter as an alert");
    }
}
