using System.Net;
using KisTrader.GrainInterfaces;
using KisTrader.Testing;
using KisTrader.Trading.Orders;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Web.Tests.Telemetry;

/// <summary>/metrics: Prometheus text of the grains', the KIS client's and the front end's instruments; a key unless configured open.</summary>
[Collection(WebCollection.Name)]
public sealed class MetricsTests(WebClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metrics_NoKey_401()
    {
        using var client = fixture.Client(key: null);
        using var response = await client.GetAsync("/metrics", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static readonly System.Text.RegularExpressions.Regex ConnectionsCounted = new(@"kistrader_signalr_connections(\{[^}]*\})? [1-9]", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5));

    [Fact]
    public async Task Metrics_AfterOrders_PrometheusTextWithTheNamedInstruments()
    {
        await using var hub = await HubClient.StartAsync(fixture.Factory, WebClusterFixture.AdminKey);
        var grains = fixture.Factory.Services.GetRequiredService<IGrainFactory>();
        var symbol = await Orders.SymbolAsync(fixture, 3);
        // One market buy (sent, filled by the simulator) and one far below the day's lower limit (refused).
        await grains.GetGrain<IOrderGrain>("web-metrics-1").PlaceAsync(Orders.Intent(fixture, "web-metrics-1", symbol, OrderKind.Market, 1, null));
        await grains.GetGrain<IOrderGrain>("web-metrics-2").PlaceAsync(Orders.Intent(fixture, "web-metrics-2", symbol, OrderKind.Limit, 1, 1m));

        using var client = fixture.Client(await fixture.NewKeyAsync("Viewer"));
        string text = "";
        string[] names =
        [
            "kistrader_orders_created_total", "kistrader_orders_handed_to_client_total", "kistrader_orders_fills_total",
            "kistrader_orders_rejections_total", "kistrader_kis_requests_total", "kistrader_kis_permit_wait_milliseconds_bucket",
            "kistrader_kis_budget_permits_per_window", "kistrader_signalr_connections",
        ];
        await Eventually.TrueAsync(async () =>
        {
            using var response = await client.GetAsync("/metrics", Ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // The poll is one key's traffic like any other: past its per-key limit it waits as told and asks again.
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), Ct);
                return false;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync(Ct);
            // The hub client is connected once its handshake is answered; the server counts it in OnConnectedAsync, which
            // may run a moment later (and a scrape may be served from the exporter's short cache): wait for the count too.
            return names.All(n => text.Contains(n, StringComparison.Ordinal)) && ConnectionsCounted.IsMatch(text);
        }, () => $"/metrics names {string.Join(", ", names.Where(n => !text.Contains(n, StringComparison.Ordinal)))}; connections counted {ConnectionsCounted.IsMatch(text)}", TimeSpan.FromSeconds(120));

        Assert.Contains("# TYPE kistrader_orders_created_total counter", text, StringComparison.Ordinal);
        Assert.Matches(@"kistrader_orders_rejections_total\{[^}]*reason=""(Rejected|GateRefused)""", text);
        Assert.Matches(ConnectionsCounted, text);
    }
}
