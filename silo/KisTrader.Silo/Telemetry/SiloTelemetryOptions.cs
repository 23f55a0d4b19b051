using System.ComponentModel.DataAnnotations;

namespace KisTrader.Silo.Telemetry;

/// <summary>
/// The silo console's metrics and traces (section <c>KisTrader:Telemetry</c>; the web front end has its own,
/// <c>KisTrader:Web:Telemetry</c>). Off by default: no port is opened and nothing is exported.
/// </summary>
public sealed class SiloTelemetryOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "KisTrader:Telemetry";

    /// <summary>
    /// Serve <c>/metrics</c> (Prometheus text, no key) on <c>http://127.0.0.1:{port}</c>: loopback only, for a scraper or
    /// an agent on the same host (the counters tell order and fill activity). Default none.
    /// </summary>
    [Range(1, 65535)]
    public int? MetricsPort { get; set; }

    /// <summary>An OTLP collector (http:// or https://, e.g. http://otel-collector:4317): metrics and traces are exported to it.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Record traces (grain calls → KIS call); on by itself when <see cref="OtlpEndpoint"/> is set. Default false.</summary>
    public bool Traces { get; set; }

    /// <summary>The metrics address, or null.</summary>
    public Uri? MetricsUrl => MetricsPort is { } port ? new Uri($"http://127.0.0.1:{port}") : null;

    /// <summary>What the silo exports.</summary>
    public TelemetryExport Export => new(MetricsPort is not null, ParseEndpoint(OtlpEndpoint), Traces);

    /// <summary>An absolute http(s) address, or null (blank or invalid: the rules report an invalid one).</summary>
    public static Uri? ParseEndpoint(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
