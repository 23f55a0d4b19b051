using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;

namespace KisTrader.Kis.Tests.Client;

/// <summary>ctx-paged endpoints follow tr_cont and CTX_AREA_*100 across pages (paper pages are small: 15 executions).</summary>
public sealed class PagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DailyOrders_OnPaper_FollowTrContAcrossPages_WithoutDuplicates()
    {
        await using var sim = await SimHost.StartAsync(s => s["Simulator:Profile"] = "Paper");
        // The simulator's limit is off here; lift the client's paper default (1/s) so 20 calls take no 20 s.
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:Environment"] = "Paper";
            s["Kis:RateLimit:RequestsPerSecond"] = "100";
        });
        var price = (await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct)).Price;
        var placed = new List<string>();
        for (var i = 1; i <= 17; i++)
        {
            var result = await client.Trading.PlaceCashOrderAsync(new CashOrderRequest(client.Trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, i, price), cancellationToken: Ct);
            Assert.Equal(OrderOutcome.Accepted, result.Outcome);
            placed.Add(result.Reply!.OrderNo);
        }

        var day = new DateOnly(2026, 11, 23);
        var rows = await client.Trading.GetDailyOrdersAsync(new DailyOrderRequest(client.Trading.Account, day, day), cancellationToken: Ct).ToListAsync(Ct);

        Assert.Equal(placed.Order(), rows.Select(r => r.OrderNo).Order());
        Assert.Equal(2, await sim.CallsAsync("VTTC0081R"));
    }
}
