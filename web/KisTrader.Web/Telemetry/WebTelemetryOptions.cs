namespace KisTrader.Web.Telemetry;

/// <summary>Metrics and traces (section <c>KisTrader:Web:Telemetry</c>).</summary>
public sealed class WebTelemetryOptions
{
    /// <summary>
    /// <c>/metrics</c> needs an API key of any role (default true: the counters tell order and fill activity, so they are
    /// not public; a Prometheus job sends it with <c>authorization: {credentials: …}</c>). False serves it without a key,
    /// for a scraper on a private network only.
    /// </summary>
    public bool MetricsRequireKey { get; set; } = true;

    /// <summary>Record traces (front end → grain → KIS call). On by itself when <see cref="OtlpEndpoint"/> is set.</summary>
    public bool Traces { get; set; }

    /// <summary>An OTLP collector (e.g. http://localhost:4317): traces and metrics are exported to it as well.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Whether traces are recorded.</summary>
    public bool TracesOn => Traces || OtlpEndpoint is not null;
}
