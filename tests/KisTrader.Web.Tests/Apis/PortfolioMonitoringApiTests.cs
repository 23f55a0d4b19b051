using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Apis;

/// <summary>Portfolio and monitoring endpoints on the cluster before the day's screen (Monday 2026-11-23 10:00 KST).</summary>
[Collection(WebCollection.Name)]
public sealed class PortfolioMonitoringApiTests(WebClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Config_TheStrategysBudgetCountsAndMode()
    {
        using var client = fixture.Client(await fixture.NewKeyAsync("Viewer"));
        var config = await client.GetFromJsonAsync<JsonElement>("/api/portfolio/config", Ct);
        Assert.Equal(10_000_000m, config.GetProperty("sessionBudget").GetDecimal());
        Assert.Equal("Equal", config.GetProperty("allocationMode").GetString());
        Assert.Equal((5, 5), (config.GetProperty("selectedCount").GetInt32(), config.GetProperty("backupCount").GetInt32()));
    }

    [Fact]
    public async Task Positions_NoneEnteredYet_EmptyList()
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        var positions = await client.GetFromJsonAsync<JsonElement>("/api/portfolio/positions", Ct);
        Assert.Equal(JsonValueKind.Array, positions.ValueKind);
        Assert.DoesNotContain(positions.EnumerateArray(), p => p.GetProperty("entryDate").GetString() == "2026-11-23");
        var ofDay = await client.GetFromJsonAsync<JsonElement>("/api/portfolio/positions?date=2026-11-23", Ct);
        Assert.Equal(0, ofDay.GetArrayLength());
    }

    [Fact]
    public async Task Allocation_BeforeTheScreen_404()
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync("/api/portfolio/allocation?date=2026-11-23", Ct);
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
        using var holiday = await client.GetAsync("/api/portfolio/allocation?date=2026-11-22", Ct);
        await AssertProblemAsync(holiday, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/portfolio/positions?date=2026-02-30", "date")]
    [InlineData("/api/portfolio/positions?symbol=005930", "symbol")]
    [InlineData("/api/portfolio/allocation?date=today", "date")]
    [InlineData("/api/monitoring/after-hours/2026-1-5", "date")]
    [InlineData("/api/monitoring/quotes/00593A", "code")]
    public async Task BadInput_400(string path, string field)
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync(path, Ct);
        _ = Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), field);
    }

    [Fact]
    public async Task AfterHoursBoard_NotStartedOrNoSession_404()
    {
        using var client = fixture.Client();
        using var notStarted = await client.GetAsync("/api/monitoring/after-hours/2026-11-23", Ct);
        Assert.Contains("not started", (await AssertProblemAsync(notStarted, HttpStatusCode.NotFound)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var sunday = await client.GetAsync("/api/monitoring/after-hours/2026-11-22", Ct);
        await AssertProblemAsync(sunday, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Quote_UnknownSymbol_404()
    {
        using var client = fixture.Client();
        using var response = await client.GetAsync("/api/monitoring/quotes/999999", Ct);
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/portfolio/config")]
    [InlineData("/api/portfolio/positions")]
    [InlineData("/api/portfolio/allocation")]
    [InlineData("/api/monitoring/after-hours/2026-11-23")]
    [InlineData("/api/monitoring/quotes/005930")]
    [InlineData("/api/performance")]
    [InlineData("/api/performance/equity")]
    [InlineData("/api/performance/attribution")]
    public async Task Reads_NoKey_401(string path)
    {
        using var client = fixture.Client(key: null);
        using var response = await client.GetAsync(path, Ct);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApi_ListsTheNewEndpoints()
    {
        using var client = fixture.Client();
        var paths = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/orders", "/api/orders/cancel", "/api/trades", "/api/portfolio/config", "/api/portfolio/positions",
                     "/api/portfolio/allocation", "/api/monitoring/after-hours/{date}", "/api/monitoring/quotes/{code}", "/api/performance",
                     "/api/performance/equity", "/api/performance/attribution", "/api/control/kill-switch", "/api/control/kill-switch/flatten",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }
}
