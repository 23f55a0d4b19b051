using KisTrader.Grains.Orders;
using KisTrader.Grains.Telemetry;
using KisTrader.Kis.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KisTrader.Silo.Telemetry;

/// <summary>
/// The OpenTelemetry setup every KisTrader host shares (the silo console and the web front end, which adds its own
/// meters and ASP.NET Core's): the meters of Orleans, the grains (orders, fills, rejections, screening duration, ticks)
/// and the KIS client (rate budget); a Prometheus scrape endpoint's exporter when asked; traces of the Orleans grain
/// calls, the KIS client and HttpClient when on; OTLP export of both when an endpoint is set.
/// </summary>
public static class KisTraderTelemetry
{
    /// <summary>Where a host serves the Prometheus text.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Orleans' own meter (messaging, grains, streams, membership).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Every meter of the cluster's code: Orleans, orders, screening, market data, the KIS client.</summary>
    public static readonly string[] Meters =
        [OrleansMeter, OrderMetrics.MeterName, GrainMetrics.ScreeningMeterName, GrainMetrics.MarketDataMeterName, KisTelemetry.MeterName];

    /// <summary>Every activity source the traces listen to (Orleans' grain-call spans need its activity propagation).</summary>
    public static readonly string[] Sources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", KisTelemetry.ActivitySourceName];

    /// <summary>Adds OpenTelemetry as <paramref name="export"/> says, with the host's own additions.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="serviceName">The resource's <c>service.name</c> (kistrader-silo, kistrader-web).</param>
    /// <param name="export">Prometheus, OTLP, traces.</param>
    /// <param name="metrics">The host's meters and instrumentation (may be null).</param>
    /// <param name="traces">The host's trace instrumentation (may be null).</param>
    /// <param name="httpFilter">Which outgoing requests get a span (default: all); a URL holding a secret must not.</param>
    public static OpenTelemetryBuilder AddKisTraderTelemetry(this IServiceCollection services, string serviceName, TelemetryExport export,
        Action<MeterProviderBuilder>? metrics = null, Action<TracerProviderBuilder>? traces = null, Func<HttpRequestMessage, bool>? httpFilter = null)
    {
        ArgumentNullException.ThrowIfNull(export);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(m =>
            {
                m.AddMeter(Meters);
                metrics?.Invoke(m);
                if (export.Prometheus)
                {
                    m.AddPrometheusExporter();
                }

                if (export.OtlpEndpoint is { } endpoint)
                {
                    m.AddOtlpExporter(o => o.Endpoint = endpoint);
                }
            });
        if (!export.TracesOn)
        {
            return telemetry;
        }

        return telemetry.WithTracing(t =>
        {
            t.AddSource(Sources).AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = request => httpFilter?.Invoke(request) ?? true);
            traces?.Invoke(t);
            if (export.OtlpEndpoint is { } endpoint)
            {
                t.AddOtlpExporter(o => o.Endpoint = endpoint);
            }
        });
    }
}
