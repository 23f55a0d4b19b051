using System.ComponentModel.DataAnnotations;
using System.Net;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// Validates <see cref="SiloHostOptions"/>: each subsection's data annotations, then the rules between settings (a
/// database for paper and real trading, for AdoNet providers; memory storage only in simulator mode without a database).
/// Every message starts with the full setting name, e.g. "KisTrader:Cluster:SiloPort must be between 1 and 65535".
/// </summary>
public sealed class SiloHostOptionsValidator : IValidateOptions<SiloHostOptions>
{
    private const string SetDatabase =
        $"set {SiloHostOptions.ConnectionStringKey} (environment variable ConnectionStrings__{SiloHostOptions.ConnectionStringName}) and run the migrate command";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SiloHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Annotations(failures, SiloClusterOptions.Section, options.Cluster);
        Annotations(failures, SiloStorageOptions.Section, options.Storage);
        Annotations(failures, SiloDashboardOptions.Section, options.Dashboard);
        Database(failures, options);
        Cluster(failures, options);
        Storage(failures, options);
        Dashboard(failures, options.Dashboard);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
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

    // "must be between 1 and 65535" on SiloPort → "KisTrader:Cluster:SiloPort must be between 1 and 65535 (value: 0)".
    private static void Annotations(List<string> failures, string section, object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault();
            var value = member is null ? null : options.GetType().GetProperty(member)?.GetValue(options);
            var shown = value is null ? "" : $" (value: '{value}')";
            failures.Add(member is null ? $"{section}: {result.ErrorMessage}" : $"{section}:{member} {result.ErrorMessage}{shown}");
        }
    }
}
