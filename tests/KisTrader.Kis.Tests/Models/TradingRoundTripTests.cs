using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>
/// The account endpoints on one fresh simulator account at 10:00: buying power before trading, a market buy that fills,
/// a resting limit buy at the lower limit, its cancel, and every query in between, each read back two ways (the order
/// reply vs daily-ccld vs balance vs inquire-price).
/// </summary>
public sealed class TradingRoundTripTests(TradingSession sim) : IClassFixture<TradingSession>
{
    private const string Samsung = "005930";

    [Fact]
    public async Task OrdersAndAccountQueries_RoundTrip()
    {
        var (account, startingCash) = await sim.AccountAsync();
        var quote = StockQuote.Parse((await sim.GetAsync(KisEndpoints.InquirePrice, new SymbolQuery(Samsung).ToQuery()))["output"]);

        // Before trading: all the cash is orderable and the balance is empty.
        var power = BuyingPower.Parse((await sim.GetAsync(KisEndpoints.InquirePsblOrder, new BuyingPowerRequest(account, Samsung, quote.Price).ToQuery()))["output"]);
        Assert.Equal(startingCash, power.OrderableCash);
        Assert.True(power.NoMarginQuantity * quote.Price <= power.NoMarginAmount, "the quantity must be affordable");
        Assert.True(power.NoMarginQuantity > 0 && power.MaxQuantity >= power.NoMarginQuantity);
        AllOptionalFields.AreSet(power);
        var empty = await sim.GetAsync(KisEndpoints.InquireBalance, new BalanceRequest(account).ToQuery());
        Assert.Empty(Holding.ParseRows(empty["output1"]));
        Assert.Equal(startingCash, BalanceSummary.Parse(empty["output2"]).Deposit);

        // A market buy that fills now, and a limit buy at the lower limit that rests.
        var market = new CashOrderRequest(account, OrderSide.Buy, Samsung, OrderDivision.Market, 10, 0);
        var filled = OrderReply.Parse((await sim.PostAsync(market.Endpoint, market.ToBody()))["output"]);
        var limit = new CashOrderRequest(account, OrderSide.Buy, Samsung, OrderDivision.Limit, 1, quote.LowerLimit);
        var resting = OrderReply.Parse((await sim.PostAsync(limit.Endpoint, limit.ToBody()))["output"]);
        Assert.Equal(new TimeOnly(10, 0), filled.Time);
        Assert.NotEqual(filled.OrderNo, resting.OrderNo);
        Assert.Equal(10, filled.OrderNo.Length); // zero-padded, kept as text

        var ccld = await sim.GetAsync(KisEndpoints.DailyCcld, new DailyOrderRequest(account, Scenario.Day1, Scenario.Day1) { Ascending = true }.ToQuery());
        var orders = DailyOrder.ParseRows(ccld["output1"]);
        Assert.Equal([filled.OrderNo, resting.OrderNo], orders.Select(o => o.OrderNo));
        var fill = orders[0];
        Assert.Equal((OrderSide.Buy, Samsung, OrderDivision.Market, 10L, 10L, 0L), (fill.Side, fill.Symbol, fill.Division, fill.Quantity, fill.FilledQuantity, fill.RemainingQuantity));
        Assert.Equal(fill.AverageFillPrice * 10, fill.FilledAmount);
        Assert.Equal(filled.OrgNo, fill.OrgNo);
        Assert.Equal(Scenario.Kst(Scenario.Day1, 10, 0), fill.OrderedAt);
        AllOptionalFields.AreSet(fill);
        var rest = orders[1];
        Assert.Equal((OrderDivision.Limit, quote.LowerLimit, 1L, 0L, 1L), (rest.Division, rest.Price, rest.Quantity, rest.FilledQuantity, rest.RemainingQuantity));
        var totals = DailyOrderTotals.Parse(ccld["output2"]);
        Assert.Equal((11L, 10L, fill.FilledAmount), (totals.TotalOrderQuantity, totals.TotalFilledQuantity, totals.TotalFilledAmount));
        AllOptionalFields.AreSet(totals);

        // The balance agrees with the fill and with inquire-price.
        var balance = await sim.GetAsync(KisEndpoints.InquireBalance, new BalanceRequest(account).ToQuery());
        var holding = Assert.Single(Holding.ParseRows(balance["output1"]));
        Assert.Equal((Samsung, 10L, fill.AverageFillPrice, fill.FilledAmount), (holding.Symbol, holding.Quantity, holding.AveragePrice, holding.PurchaseAmount));
        Assert.Equal(quote.Price, holding.CurrentPrice);
        Assert.Equal(10 * quote.Price, holding.EvaluationAmount);
        Assert.Equal(holding.EvaluationAmount - holding.PurchaseAmount, holding.ProfitLoss);
        Assert.Equal(10L, holding.TodayBuyQuantity);
        AllOptionalFields.AreSet(holding, nameof(holding.LoanDate)); // loan_dt is blank for a cash holding
        var summary = BalanceSummary.Parse(balance["output2"]);
        Assert.Equal(fill.FilledAmount, summary.TodayBuyAmount);
        Assert.Equal((holding.PurchaseAmount, holding.EvaluationAmount, holding.ProfitLoss), (summary.PurchaseTotal, summary.EvaluationTotal, summary.ProfitLossTotal));
        Assert.Equal(summary.EvaluationTotal, summary.SecuritiesValue);
        AllOptionalFields.AreSet(summary);

        // The resting order is cancelable; cancel it and find the cancel row.
        var cancelable = CancelableOrder.ParseRows((await sim.GetAsync(KisEndpoints.InquirePsblRvsecncl, new CancelableOrdersRequest(account).ToQuery()))["output"]);
        var open = Assert.Single(cancelable);
        Assert.Equal((resting.OrderNo, resting.OrgNo, Samsung, OrderSide.Buy, 1L, quote.LowerLimit), (open.OrderNo, open.OrgNo, open.Symbol, open.Side, open.CancelableQuantity, open.Price));
        AllOptionalFields.AreSet(open);
        var cancel = ModifyCancelRequest.CancelAll(account, open.OrgNo, open.OrderNo);
        var cancelled = OrderReply.Parse((await sim.PostAsync(KisEndpoints.OrderRvsecncl, cancel.ToBody()))["output"], KisEndpoints.OrderRvsecncl.Name);
        Assert.NotEqual(resting.OrderNo, cancelled.OrderNo);

        var after = DailyOrder.ParseRows((await sim.GetAsync(KisEndpoints.DailyCcld, new DailyOrderRequest(account, Scenario.Day1, Scenario.Day1).ToQuery()))["output1"]);
        var cancelRow = Assert.Single(after, o => o.IsCancel);
        Assert.Equal((cancelled.OrderNo, resting.OrderNo), (cancelRow.OrderNo, cancelRow.OriginalOrderNo));
        Assert.Equal(0L, Assert.Single(after, o => o.OrderNo == resting.OrderNo).RemainingQuantity);
        Assert.Empty(CancelableOrder.ParseRows((await sim.GetAsync(KisEndpoints.InquirePsblRvsecncl, new CancelableOrdersRequest(account).ToQuery()))["output"]));

        // A sell-side filter leaves nothing (only buys today).
        Assert.Empty(DailyOrder.ParseRows((await sim.GetAsync(KisEndpoints.DailyCcld, new DailyOrderRequest(account, Scenario.Day1, Scenario.Day1) { Side = SideFilter.Sell }.ToQuery()))["output1"]));
    }
}
