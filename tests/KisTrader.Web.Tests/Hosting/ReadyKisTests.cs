using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;

namespace KisTrader.Web.Tests.Hosting;

/// <summary>/health/ready's KIS check: a TCP connection to the configured REST gateway (no request, no budget).</summary>
[Collection(WebCollection.Name)]
public sealed class ReadyKisTests(WebClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_GatewayReachable_KisHealthy()
    {
        var kis = await KisCheckAsync(fixture.Simulation.Simulator.BaseUrl.ToString());
        Assert.Equal("Healthy", kis.Status);
        Assert.Contains("reachable; realtime", kis.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_GatewayUnreachable_KisDegradedStillReady()
    {
        var kis = await KisCheckAsync($"http://127.0.0.1:{FreePort.Next()}/");
        Assert.Equal("Degraded", kis.Status);
        Assert.Contains("not reachable", kis.Description, StringComparison.Ordinal);
    }

    private async Task<(string Status, string Description)> KisCheckAsync(string gateway)
    {
        await using var factory = fixture.Create(s => s["Kis:RestBaseUrl"] = gateway);
        using var client = fixture.Client(key: null, factory);
        using var ready = await client.GetAsync("/health/ready", Ct);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body.ToString());
        var kis = body.GetProperty("checks").GetProperty("kis");
        return (kis.GetProperty("status").GetString()!, kis.GetProperty("description").GetString()!);
    }
}
