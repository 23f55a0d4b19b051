using KisTrader.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace KisTrader.Silo.Telemetry;

/// <summary>
/// The silo console's telemetry (<see cref="SiloTelemetryOptions"/>) through the shared setup
/// (<see cref="KisTraderTelemetry"/>, service name <see cref="ServiceName"/>): nothing when nothing is configured.
/// </summary>
internal static class SiloTelemetry
{
    public const string ServiceName = "kistrader-silo";

    /// <summary>Whether the host must be a web host (Kestrel) to serve <c>/metrics</c>.</summary>
    public static bool ServesMetrics(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SiloTelemetryOptions.Section}:{nameof(SiloTelemetryOptions.MetricsPort)}"]);

    public static void AddSiloTelemetry(this IHostApplicationBuilder builder, SiloHostOptions options)
    {
        var export = options.Telemetry.Export;
        if (export.Prometheus || export.TracesOn)
        {
            builder.Services.AddKisTraderTelemetry(ServiceName, export);
        }
    }

    /// <summary>Maps <c>/metrics</c> on the loopback metrics port only (not on the dashboard's address).</summary>
    public static void MapSiloMetrics(this WebApplication app, SiloHostOptions options)
    {
        if (options.Telemetry.MetricsPort is { } port)
        {
            app.MapPrometheusScrapingEndpoint(KisTraderTelemetry.MetricsPath).RequireHost($"*:{port}");
        }
    }
}
