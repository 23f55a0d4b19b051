namespace KisTrader.Silo.Telemetry;

/// <summary>What a host exports (<see cref="KisTraderTelemetry.AddKisTraderTelemetry"/>).</summary>
/// <param name="Prometheus">Metrics for a Prometheus scrape endpoint (the host maps it).</param>
/// <param name="OtlpEndpoint">An OTLP collector (e.g. http://otel-collector:4317): metrics and traces go there.</param>
/// <param name="Traces">Record traces; on by itself with an OTLP endpoint.</param>
public sealed record TelemetryExport(bool Prometheus, Uri? OtlpEndpoint, bool Traces)
{
    /// <summary>Whether traces are recorded.</summary>
    public bool TracesOn => Traces || OtlpEndpoint is not null;
}
