using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>
/// The CTX_AREA_FK100/NK100 continuation the request records build: every page is fetched with tr_cont "N" and the
/// context copied from the previous body, until the response header says the last page (D/E).
/// </summary>
public sealed class PagingTests(PagingSession sim) : IClassFixture<PagingSession>
{
    private async Task<List<KisReply>> AllPagesAsync(KisEndpoint endpoint, Func<string, string, IReadOnlyDictionary<string, string>> query)
    {
        Assert.Equal(KisPaging.Ctx100, endpoint.Paging);
        var pages = new List<KisReply> { await sim.GetAsync(endpoint, query(string.Empty, string.Empty)) };
        while (pages[^1].TrCont is "F" or "M")
        {
            Assert.True(pages.Count < 10, "paging must end");
            pages.Add(await sim.GetAsync(endpoint, query(pages[^1].Text("ctx_area_fk100"), pages[^1].Text("ctx_area_nk100")), "N"));
        }

        return pages;
    }

    [Fact]
    public async Task BalanceDailyCcldAndCancelable_PageThroughEveryRow()
    {
        var (account, _) = await sim.AccountAsync();
        var symbols = VolumeRankRow.ParseRows((await sim.GetAsync(KisEndpoints.VolumeRank, new VolumeRankRequest { Exclude = VolumeRankExclusions.Etf | VolumeRankExclusions.Etn }.ToQuery()))["output"])
            .Select(r => r.Symbol).Take(3).ToList();
        foreach (var symbol in symbols)
        {
            var quote = StockQuote.Parse((await sim.GetAsync(KisEndpoints.InquirePrice, new SymbolQuery(symbol).ToQuery()))["output"]);
            var market = new CashOrderRequest(account, OrderSide.Buy, symbol, OrderDivision.Market, 1, 0);
            var limit = new CashOrderRequest(account, OrderSide.Buy, symbol, OrderDivision.Limit, 1, quote.LowerLimit);
            await sim.PostAsync(market.Endpoint, market.ToBody());
            await sim.PostAsync(limit.Endpoint, limit.ToBody());
        }

        var balancePages = await AllPagesAsync(KisEndpoints.InquireBalance, new BalanceRequest(account).ToQuery);
        var holdings = balancePages.SelectMany(p => Holding.ParseRows(p["output1"])).ToList();
        Assert.Equal(2, balancePages.Count);
        Assert.Equal(symbols.Order(StringComparer.Ordinal), holdings.Select(h => h.Symbol).Order(StringComparer.Ordinal));
        Assert.NotEmpty(holdings);
        Assert.All(holdings, h => Assert.Equal(1L, h.Quantity));
        Assert.All(balancePages, p => Assert.Equal(holdings.Sum(h => h.PurchaseAmount), BalanceSummary.Parse(p["output2"]).PurchaseTotal));

        var ccldPages = await AllPagesAsync(KisEndpoints.DailyCcld, new DailyOrderRequest(account, Scenario.Day1, Scenario.Day1).ToQuery);
        var orders = ccldPages.SelectMany(p => DailyOrder.ParseRows(p["output1"])).ToList();
        Assert.Equal(3, ccldPages.Count);
        Assert.Equal(["F", "M", "E"], ccldPages.Select(p => p.TrCont));
        Assert.Equal(6, orders.Select(o => o.OrderNo).Distinct().Count());
        Assert.True(orders.Zip(orders.Skip(1)).All(p => string.CompareOrdinal(p.First.OrderNo, p.Second.OrderNo) > 0), "INQR_DVSN 00 lists newest first");
        Assert.All(ccldPages, p => Assert.Equal(6L, DailyOrderTotals.Parse(p["output2"]).TotalOrderQuantity));

        var cancelable = (await AllPagesAsync(KisEndpoints.InquirePsblRvsecncl, new CancelableOrdersRequest(account).ToQuery))
            .SelectMany(p => CancelableOrder.ParseRows(p["output"])).ToList();
        Assert.Equal(orders.Where(o => o.RemainingQuantity > 0).Select(o => o.OrderNo).Order(StringComparer.Ordinal), cancelable.Select(c => c.OrderNo).Order(StringComparer.Ordinal));
        Assert.Equal(3, cancelable.Count);
    }
}
