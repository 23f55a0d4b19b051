using System.Diagnostics;
using System.Net;
using KisTrader.Silo.Tests.Infrastructure;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>
/// The <c>silo</c> command's host exports its metrics (<c>KisTrader:Telemetry:MetricsPort</c>): Prometheus text on the
/// loopback port, Orleans' meters among them, never a secret; not on the dashboard's address.
/// </summary>
public sealed class SiloMetricsTests(SimulatorSiloFixture fixture) : IClassFixture<SimulatorSiloFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Metrics_OnTheLoopbackPort_ServeOrleansMetricsAndNoSecret()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{fixture.MetricsPort}"), Timeout = TimeSpan.FromSeconds(30) };
        // A grain call, so that Orleans records its grain and messaging instruments.
        await fixture.Client.Client.GetGrain<ISiloProbeGrain>($"metrics-{Guid.NewGuid():N}").VisitAsync();

        // The exporter shows an instrument once it recorded something: wait for the event, not for a time.
        var text = "";
        var clock = Stopwatch.StartNew();
        while (!text.Contains("orleans_", StringComparison.Ordinal) && clock.Elapsed < Patience)
        {
            using var response = await http.GetAsync("/metrics", cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!text.Contains("orleans_", StringComparison.Ordinal))
            {
                await Task.Delay(500, cancellationToken);
            }
        }

        Assert.Contains("# TYPE orleans_", text, StringComparison.Ordinal);
        Assert.Contains("service_name=\"kistrader-silo\"", text, StringComparison.Ordinal);
        foreach (var secret in InertKisSettings.For("Simulator").Where(s => s.Key is "Kis:AppKey" or "Kis:AppSecret" or "Kis:AccountNumber"))
        {
            Assert.DoesNotContain(secret.Value!, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Metrics_OnTheDashboardAddress_AreNotServed()
    {
        using var http = new HttpClient { BaseAddress = fixture.DashboardUrl, Timeout = TimeSpan.FromSeconds(30) };

        using var response = await http.GetAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
