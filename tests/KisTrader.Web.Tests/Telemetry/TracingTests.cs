using System.Diagnostics;
using KisTrader.GrainInterfaces;
using KisTrader.Testing;
using KisTrader.Trading.Orders;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace KisTrader.Web.Tests.Telemetry;

/// <summary>
/// Traces across front end → grain → KIS call: a front end with <c>Telemetry:Traces</c> on and an in-memory exporter; a
/// probe endpoint of the test (a request of the front end's pipeline) places an order through the order grain, whose KIS
/// client POSTs to the simulator: the request's server span, the grain call and the KIS HTTP span share one trace.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TracingTests(WebClusterFixture fixture)
{
    private const string Probe = "/trace-probe";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Request_PlacingAnOrder_TraceHoldsTheFrontEndSpanAndTheKisHttpSpan()
    {
        var spans = new List<Activity>();
        var symbol = await Orders.SymbolAsync(fixture, 4);
        await using var factory = fixture.Create(s => s["KisTrader:Web:Telemetry:Traces"] = "true").WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
            services.AddSingleton<IStartupFilter>(new ProbeFilter(fixture, symbol));
        }));
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(Probe, null, Ct);
        response.EnsureSuccessStatusCode();

        var simulator = fixture.Simulation.Simulator.BaseUrl;
        Activity[] snapshot = [];
        Activity? server = null;
        await Eventually.TrueAsync(() =>
        {
            lock (spans)
            {
                snapshot = [.. spans];
            }

            server = snapshot.FirstOrDefault(a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") as string == Probe);
            return server is not null && snapshot.Any(a => IsKisHttp(a, server.TraceId, simulator));
        }, () => $"the probe's trace with a KIS HTTP span: {string.Join(" | ", snapshot.Select(a => $"{a.Source.Name} {a.DisplayName} {a.TraceId}"))}", TimeSpan.FromSeconds(60));

        var trace = snapshot.Where(a => a.TraceId == server!.TraceId).ToList();
        Assert.Contains(trace, a => a.Source.Name == "KisTrader.Kis" && a.DisplayName == "kis order-cash");
        Assert.Contains(trace, a => a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
        // No span of the trace carries the app key or secret (headers are never recorded).
        var appKey = fixture.Simulation.KisSettings["Kis:AppKey"]!;
        Assert.DoesNotContain(trace.SelectMany(a => a.TagObjects), t => t.Value?.ToString()?.Contains(appKey, StringComparison.Ordinal) == true);
    }

    private static bool IsKisHttp(Activity a, ActivityTraceId trace, Uri simulator) =>
        a.TraceId == trace && a.Kind == ActivityKind.Client && a.Source.Name == "System.Net.Http"
        && a.GetTagItem("server.port") is int port && port == simulator.Port
        && (a.GetTagItem("url.full") as string)?.Contains("order-cash", StringComparison.Ordinal) == true;

    private sealed class ProbeFilter(WebClusterFixture fixture, string symbol) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Probe, probe => probe.Run(async context =>
            {
                var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
                var view = await grains.GetGrain<IOrderGrain>("web-trace-1").PlaceAsync(Orders.Intent(fixture, "web-trace-1", symbol, OrderKind.Market, 1, null));
                await context.Response.WriteAsync(view.State.ToString(), context.RequestAborted);
            }));
            next(app);
        };
    }
}
