using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Testing;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Apis;

/// <summary>
/// Manual orders through the order grain on the cluster and the simulator (Monday 10:00 KST, the regular session):
/// placed, read, listed from the journaled events, cancelled; refused by the same risk gates as the strategy.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TradingApiTests(WebClusterFixture fixture)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ManualBuy_RestingLimit_PlacedListedAndCancelled()
    {
        await fixture.RelayReadyAsync();
        var (code, lower) = await RestingPriceAsync();
        using var client = fixture.Client(factory: fixture.AccountFactory);
        var requestId = $"t{Guid.NewGuid():N}"[..20];
        using var placed = await client.PostAsJsonAsync("/api/orders",
            new { symbol = code, side = "Buy", kind = "Limit", quantity = 1, limitPrice = lower, reason = "test manual buy", requestId }, Ct);
        var order = await placed.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(placed.StatusCode == HttpStatusCode.Created, order.ToString());
        var id = order.GetProperty("intent").GetProperty("clientOrderId").GetString()!;
        Assert.StartsWith("manual/2026-11-23/", id, StringComparison.Ordinal);
        Assert.Equal(("Manual", "api:admin"), (order.GetProperty("intent").GetProperty("purpose").GetString(), order.GetProperty("intent").GetProperty("requestedBy").GetString()));
        Assert.Equal("Accepted", order.GetProperty("state").GetString());
        Assert.Equal($"/api/orders/{id}", placed.Headers.Location?.OriginalString);

        // The same request id again is the same order (no second submission).
        using var again = await client.PostAsJsonAsync("/api/orders",
            new { symbol = code, side = "Buy", kind = "Limit", quantity = 1, limitPrice = lower, reason = "test manual buy", requestId }, Ct);
        Assert.Equal(1, (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("submissions").GetInt32());

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/orders/{id}", Ct);
        Assert.Equal(order.GetProperty("brokerOrderNumber").GetString(), status.GetProperty("brokerOrderNumber").GetString());

        await Eventually.TrueAsync(async () =>
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/orders?symbol={code}&purpose=Manual&date=2026-11-23", Ct);
            return page.GetProperty("items").EnumerateArray().Any(o => o.GetProperty("clientOrderId").GetString() == id);
        }, "the order history lists the manual order", Limit);

        using var cancelled = await client.PostAsJsonAsync("/api/orders/cancel", new { clientOrderId = id, reason = "test cancel" }, Ct);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await Eventually.TrueAsync(async () =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/orders/{id}", Ct)).GetProperty("state").GetString() == "Cancelled",
            "the order is cancelled", Limit);
        await Eventually.TrueAsync(async () =>
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/orders?state=Cancelled&symbol={code}", Ct);
            return page.GetProperty("items").EnumerateArray().Any(o => o.GetProperty("clientOrderId").GetString() == id);
        }, "the history shows it cancelled", Limit);
    }

    [Fact]
    public async Task ManualBuy_EntriesHalted_RefusedByTheRiskGate_409WithTheOrder()
    {
        var (code, lower) = await RestingPriceAsync();
        using var client = fixture.Client(factory: fixture.AccountFactory);
        using (var halt = await client.PostAsJsonAsync("/api/control/kill-switch/halt-entries", new { reason = "test: gate" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, halt.StatusCode);
        }

        try
        {
            using var placed = await client.PostAsJsonAsync("/api/orders", new { symbol = code, side = "Buy", quantity = 1, limitPrice = lower, reason = "halted" }, Ct);
            var problem = await AssertProblemAsync(placed, HttpStatusCode.Conflict);
            var order = problem.GetProperty("order");
            Assert.Equal("Rejected", order.GetProperty("state").GetString());
            Assert.StartsWith("gate:", order.GetProperty("messageCode").GetString(), StringComparison.Ordinal);
            Assert.Equal(0, order.GetProperty("submissions").GetInt32());
        }
        finally
        {
            using var resume = await client.PostAsJsonAsync("/api/control/kill-switch/resume", new { reason = "test: gate done" }, Ct);
            Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        }
    }

    [Theory]
    [InlineData("""{"side":"Buy","quantity":1,"limitPrice":1000,"reason":"r"}""", "symbol")]
    [InlineData("""{"symbol":"00593","side":"Buy","quantity":1,"limitPrice":1000,"reason":"r"}""", "symbol")]
    [InlineData("""{"symbol":"005930","side":"Hold","quantity":1,"limitPrice":1000,"reason":"r"}""", "side")]
    [InlineData("""{"symbol":"005930","side":"Buy","kind":"Stop","quantity":1,"limitPrice":1000,"reason":"r"}""", "kind")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":0,"limitPrice":1000,"reason":"r"}""", "quantity")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1.5,"limitPrice":1000,"reason":"r"}""", "quantity")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1,"reason":"r"}""", "limitPrice")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1,"limitPrice":1000.5,"reason":"r"}""", "limitPrice")]
    [InlineData("""{"symbol":"005930","side":"Sell","kind":"Market","quantity":1,"limitPrice":1000,"reason":"r"}""", "limitPrice")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1,"limitPrice":1000}""", "reason")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1,"limitPrice":1000,"reason":"r","requestId":"a/b"}""", "requestId")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1,"limitPrice":"1000","reason":"r"}""", "limitPrice")]
    [InlineData("""{"symbol":"005930","side":"Buy","quantity":1,"limitPrice":1000,"reason":"r","account":"x"}""", "account")]
    public async Task ManualOrder_BadInput_400KeyedByField(string body, string field)
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        using var response = await client.PostAsync("/api/orders", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        _ = Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), field);
    }

    [Fact]
    public async Task Orders_Auth_ViewerReads403OnPlaceAndCancel_NoKey401()
    {
        using var viewer = fixture.Client(await fixture.NewKeyAsync("Viewer", fixture.AccountFactory), fixture.AccountFactory);
        using var list = await viewer.GetAsync("/api/orders", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var trades = await viewer.GetAsync("/api/trades", Ct);
        Assert.Equal(HttpStatusCode.OK, trades.StatusCode);
        using var place = await viewer.PostAsJsonAsync("/api/orders", new { symbol = "005930", side = "Buy", quantity = 1, limitPrice = 1000, reason = "r" }, Ct);
        await AssertProblemAsync(place, HttpStatusCode.Forbidden);
        using var cancel = await viewer.PostAsJsonAsync("/api/orders/cancel", new { clientOrderId = "x", reason = "r" }, Ct);
        await AssertProblemAsync(cancel, HttpStatusCode.Forbidden);
        using var anonymous = fixture.Client(key: null, fixture.AccountFactory);
        foreach (var path in new[] { "/api/orders", "/api/trades", "/api/orders/manual/2026-11-23/x" })
        {
            using var response = await anonymous.GetAsync(path, Ct);
            await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    [Theory]
    [InlineData("/api/orders?page=0", "page")]
    [InlineData("/api/orders?pageSize=501", "pageSize")]
    [InlineData("/api/orders?state=Open", "state")]
    [InlineData("/api/orders?side=1", "side")]
    [InlineData("/api/orders?date=2026-13-01", "date")]
    [InlineData("/api/orders?symbol=ABC", "symbol")]
    [InlineData("/api/orders?sort=asc", "sort")]
    [InlineData("/api/trades?purpose=Other", "purpose")]
    [InlineData("/api/trades?date=2026-11-23&date=2026-11-24", "date")]
    [InlineData("/api/orders/bad%20id", "clientOrderId")]
    public async Task History_BadQuery_400(string path, string field)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(path, Ct);
        _ = Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), field);
    }

    [Fact]
    public async Task Orders_UnknownIdOrCancel_404_AndNoAccount_503()
    {
        using var client = fixture.Client();
        using var unknown = await client.GetAsync("/api/orders/manual/2026-11-23/never-placed", Ct);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        using var cancel = await client.PostAsJsonAsync("/api/orders/cancel", new { clientOrderId = "manual/2026-11-23/never-placed", reason = "r" }, Ct);
        await AssertProblemAsync(cancel, HttpStatusCode.NotFound);
        using var place = await client.PostAsJsonAsync("/api/orders", new { symbol = "005930", side = "Buy", quantity = 1, limitPrice = 1000, reason = "r" }, Ct);
        await AssertProblemAsync(place, HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task History_Paging_TotalsAndPageSizes()
    {
        using var client = fixture.Client();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/trades?pageSize=500", Ct);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/orders?page=2&pageSize=1", Ct);
        Assert.Equal((2, 1), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        Assert.Equal(Math.Min(1, Math.Max(0, page.GetProperty("total").GetInt32() - 1)), page.GetProperty("items").GetArrayLength());
        Assert.Equal(all.GetProperty("total").GetInt32(), all.GetProperty("items").GetArrayLength());
    }

    /// <summary>The most traded symbol and its lower price limit (a buy there rests unfilled).</summary>
    private async Task<(string Code, decimal Lower)> RestingPriceAsync()
    {
        var market = fixture.SiloServices.GetRequiredService<IKisMarketData>();
        var top = (await market.GetVolumeRankAsync(new VolumeRankRequest(), KisLane.Screening, Ct))[0];
        var quote = await market.GetQuoteAsync(new SymbolQuery(top.Symbol), KisLane.Screening, Ct);
        return (top.Symbol, quote.LowerLimit);
    }
}
