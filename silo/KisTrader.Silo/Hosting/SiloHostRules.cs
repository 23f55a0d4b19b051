using System.Net;
using KisTrader.Grains.Storage;
using KisTrader.Silo.Telemetry;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The rules between the silo host's settings (a database for paper and real trading and for AdoNet providers; memory
/// storage only in simulator mode without a database; a dashboard URL Kestrel can serve). The data annotations of each
/// subsection are checked by the source-generated <see cref="SiloHostOptionsValidator"/>. Every message starts with the
/// full setting name.
/// </summary>
internal static class SiloHostRules
{
    private const string SetDatabase =
        $"set {SiloHostOptions.ConnectionStringKey} (environment variable ConnectionStrings__{SiloHostOptions.ConnectionStringName}) and run the migrate command";

    /// <summary>The broken rules, each message naming its setting (empty when the settings agree).</summary>
    public static List<string> Failures(SiloHostOptions options)
    {
        var failures = new List<string>();
        Database(failures, options);
        Cluster(failures, options);
        Storage(failures, options);
        Dashboard(failures, options.Dashboard);
        Telemetry(failures, options);
        if (options.Clock.Source == ClockSource.Simulator && options.Mode != TradingMode.Simulator)
        {
            failures.Add($"{SiloClockOptions.Section}:Source is Simulator: only a Simulator-mode cluster may follow the KIS simulator's clock (Mode is {options.Mode}); use Wall");
        }

        return failures;
    }

    private static void Database(List<string> failures, SiloHostOptions options)
    {
        if (options.Mode is TradingMode.Paper or TradingMode.Real && !options.HasDatabase)
        {
            failures.Add($"{SiloHostOptions.Section}:Mode is {options.Mode}: paper and real trading refuse to start without PostgreSQL; {SetDatabase}");
        }

        if (options.HasDatabase && !ConnectionStrings.IsValid(options.ConnectionString!))
        {
            // The value is never echoed: it carries the password.
            failures.Add($"{SiloHostOptions.ConnectionStringKey} is not a valid PostgreSQL connection string (expected Host=...;Port=...;Database=...;Username=...;Password=...)");
        }
    }

    private static void Cluster(List<string> failures, SiloHostOptions options)
    {
        var cluster = options.Cluster;
        if (!Enum.IsDefined(cluster.Clustering))
        {
            failures.Add($"{SiloClusterOptions.Section}:Clustering must be Localhost or AdoNet");
        }

        if (cluster.SiloPort == cluster.GatewayPort)
        {
            failures.Add($"{SiloClusterOptions.Section}:GatewayPort must differ from SiloPort ({cluster.SiloPort})");
        }

        if (cluster.Clustering == ClusteringKind.AdoNet && !options.HasDatabase)
        {
            failures.Add($"{SiloClusterOptions.Section}:Clustering is AdoNet: it keeps membership in PostgreSQL; {SetDatabase}");
        }

        if (cluster.Clustering == ClusteringKind.Localhost && (cluster.AdvertisedAddress is not null || cluster.ListenOnAnyAddress))
        {
            failures.Add($"{SiloClusterOptions.Section}:AdvertisedAddress and ListenOnAnyAddress apply only to AdoNet clustering (Localhost clustering always uses 127.0.0.1)");
        }

        if (!string.IsNullOrWhiteSpace(cluster.AdvertisedAddress)
            && !IPAddress.TryParse(cluster.AdvertisedAddress, out _)
            && Uri.CheckHostName(cluster.AdvertisedAddress) != UriHostNameType.Dns)
        {
            failures.Add($"{SiloClusterOptions.Section}:AdvertisedAddress must be an IP address or a host name (value: '{cluster.AdvertisedAddress}')");
        }
    }

    private static void Storage(List<string> failures, SiloHostOptions options)
    {
        foreach (var (setting, configured, effective) in new[]
                 {
                     ("GrainStorage", options.Storage.GrainStorage, options.EffectiveGrainStorage),
                     ("Reminders", options.Storage.Reminders, options.EffectiveReminders),
                 })
        {
            var key = $"{SiloStorageOptions.Section}:{setting}";
            if (configured is { } kind && !Enum.IsDefined(kind))
            {
                failures.Add($"{key} must be Memory or AdoNet");
            }
            else if (effective == StorageKind.AdoNet && !options.HasDatabase)
            {
                failures.Add($"{key} is AdoNet: {SetDatabase}");
            }
        }

        if (options.EffectiveGrainStorage == StorageKind.Memory && (options.Mode != TradingMode.Simulator || options.HasDatabase))
        {
            failures.Add(
                $"{SiloStorageOptions.Section}:GrainStorage is Memory: memory grain storage is not durable and is allowed only in Simulator mode "
                + $"without a database (Mode is {options.Mode}, database {(options.HasDatabase ? "configured" : "not configured")}); use AdoNet");
        }

        if (options.EffectiveReminders == StorageKind.Memory && options.Mode != TradingMode.Simulator)
        {
            failures.Add($"{SiloStorageOptions.Section}:Reminders is Memory: {options.Mode} mode needs durable reminders (a restart would forget the KRX schedule); use AdoNet");
        }
    }

    private static void Dashboard(List<string> failures, SiloDashboardOptions dashboard)
    {
        if (dashboard.Enabled
            && !string.IsNullOrWhiteSpace(dashboard.Url)
            && !(Uri.TryCreate(dashboard.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.AbsolutePath == "/"))
        {
            failures.Add($"{SiloDashboardOptions.Section}:Url must be an http:// or https:// address without a path, such as http://127.0.0.1:8080 (value: '{dashboard.Url}')");
        }
    }

    private static void Telemetry(List<string> failures, SiloHostOptions options)
    {
        var telemetry = options.Telemetry;
        if (!string.IsNullOrWhiteSpace(telemetry.OtlpEndpoint) && SiloTelemetryOptions.ParseEndpoint(telemetry.OtlpEndpoint) is null)
        {
            failures.Add($"{SiloTelemetryOptions.Section}:OtlpEndpoint must be an http:// or https:// address such as http://otel-collector:4317 (value: '{telemetry.OtlpEndpoint}')");
        }

        if (telemetry.MetricsPort is { } port && options.Dashboard.Enabled && Uri.TryCreate(options.Dashboard.Url, UriKind.Absolute, out var dashboard) && dashboard.Port == port)
        {
            failures.Add($"{SiloTelemetryOptions.Section}:MetricsPort must differ from the dashboard's port ({port})");
        }
    }
}
