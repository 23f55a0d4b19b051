using KisTrader.Silo.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KisTrader.Web.Telemetry;

/// <summary>
/// OpenTelemetry of the front end through the setup it shares with the silo console (<see cref="KisTraderTelemetry"/>:
/// the meters of Orleans, the grains — orders, fills, rejections, screening duration, ticks — and the KIS client — rate
/// budget; traces of the Orleans grain calls, the KIS client and HttpClient; OTLP export when an endpoint is set), plus
/// the front end's own meter (SignalR connections, notifications), ASP.NET Core's meters and request spans, served at
/// <c>/metrics</c> in the Prometheus text format; traces when <see cref="WebTelemetryOptions.TracesOn"/>.
/// </summary>
internal static class TelemetryExtensions
{
    public const string MetricsPath = KisTraderTelemetry.MetricsPath;

    public static void AddKisTraderTelemetry(this IServiceCollection services, WebTelemetryOptions options) =>
        KisTraderTelemetry.AddKisTraderTelemetry(
            services,
            "kistrader-web",
            new TelemetryExport(Prometheus: true, options.OtlpEndpoint, options.Traces),
            m => m.AddMeter(WebMetrics.MeterName).AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections"),
            t => t.AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath, StringComparison.Ordinal)),
            request => !SecretUrl.IsMarked(request));

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
