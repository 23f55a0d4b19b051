using KisTrader.Grains.Orders;
using KisTrader.Grains.Telemetry;
using KisTrader.Kis.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KisTrader.Web.Telemetry;

/// <summary>
/// OpenTelemetry: the meters of the grains (orders, fills, rejections, screening duration, ticks), the KIS client (rate
/// budget) and the front end (SignalR connections, notifications) plus ASP.NET Core's, served at <c>/metrics</c> in the
/// Prometheus text format; traces of ASP.NET Core, Orleans grain calls, the KIS client and HttpClient when
/// <see cref="WebTelemetryOptions.TracesOn"/>; OTLP export of both when an endpoint is set.
/// </summary>
internal static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>Every meter the front end exports.</summary>
    public static readonly string[] Meters =
        [OrderMetrics.MeterName, GrainMetrics.ScreeningMeterName, GrainMetrics.MarketDataMeterName, KisTelemetry.MeterName, WebMetrics.MeterName];

    /// <summary>Every activity source the traces listen to (Orleans' grain-call spans need its activity propagation).</summary>
    public static readonly string[] Sources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", KisTelemetry.ActivitySourceName];

    public static void AddKisTraderTelemetry(this IServiceCollection services, WebTelemetryOptions options)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("kistrader-web"))
            .WithMetrics(m =>
            {
                m.AddMeter(Meters).AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections");
                m.AddPrometheusExporter();
                if (options.OtlpEndpoint is { } endpoint)
                {
                    m.AddOtlpExporter(o => o.Endpoint = endpoint);
                }
            });
        if (!options.TracesOn)
        {
            return;
        }

        telemetry.WithTracing(t =>
        {
            t.AddSource(Sources)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath, StringComparison.Ordinal))
                .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = request => !SecretUrl.IsMarked(request));
            if (options.OtlpEndpoint is { } endpoint)
            {
                t.AddOtlpExporter(o => o.Endpoint = endpoint);
            }
        });
    }

    /// <summary>Maps <c>/metrics</c>: any API key (and its rate limit) unless <see cref="WebTelemetryOptions.MetricsRequireKey"/> is false.</summary>
    public static void MapKisTraderMetrics(this WebApplication app, WebTelemetryOptions options)
    {
        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath);
        if (!options.MetricsRequireKey)
        {
            endpoint.AllowAnonymous();
        }
    }
}
