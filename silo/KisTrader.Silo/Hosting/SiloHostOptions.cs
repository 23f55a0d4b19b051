using System.ComponentModel.DataAnnotations;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using KisTrader.Silo.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The silo host's settings: section <c>KisTrader</c> (<see cref="Mode"/>, <see cref="Cluster"/>, <see cref="Storage"/>,
/// <see cref="Dashboard"/>, <see cref="Telemetry"/>) and the PostgreSQL connection string <c>ConnectionStrings:KisTrader</c> (environment variable
/// <c>ConnectionStrings__KisTrader</c>). Load them with <see cref="Load"/>, which validates them
/// (the source-generated <see cref="SiloHostOptionsValidator"/>). The connection string carries a password: log only <see cref="DatabaseDisplay"/>.
/// </summary>
public sealed class SiloHostOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "KisTrader";

    /// <summary>The name of the connection string (<c>ConnectionStrings:KisTrader</c>).</summary>
    public const string ConnectionStringName = "KisTrader";

    /// <summary>The configuration key of the connection string.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>Which broker the cluster trades against: Simulator, Paper or Real. Default Simulator.</summary>
    public TradingMode Mode { get; set; } = TradingMode.Simulator;

    /// <summary>Cluster membership and endpoints.</summary>
    [ValidateObjectMembers]
    public SiloClusterOptions Cluster { get; set; } = new();

    /// <summary>Grain state and reminders.</summary>
    public SiloStorageOptions Storage { get; set; } = new();

    /// <summary>The Orleans dashboard.</summary>
    [ValidateObjectMembers]
    public SiloDashboardOptions Dashboard { get; set; } = new();

    /// <summary>The silo console's metrics and traces.</summary>
    [ValidateObjectMembers]
    public SiloTelemetryOptions Telemetry { get; set; } = new();

    /// <summary>The trading clock: the wall clock, or the KIS simulator's (a multi-process cluster on simulated time).</summary>
    [ValidateObjectMembers]
    public SiloClockOptions Clock { get; set; } = new();

    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:KisTrader</c>), or null without a database. Secret.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>True when a database is configured.</summary>
    public bool HasDatabase => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Where grain state lives: the configured kind, or AdoNet with a database and Memory without.</summary>
    public StorageKind EffectiveGrainStorage => Storage.GrainStorage ?? (HasDatabase ? StorageKind.AdoNet : StorageKind.Memory);

    /// <summary>Where reminders live: the configured kind, or AdoNet with a database and Memory without.</summary>
    public StorageKind EffectiveReminders => Storage.Reminders ?? (HasDatabase ? StorageKind.AdoNet : StorageKind.Memory);

    /// <summary>The database for logs: host, port, database and user, password masked; "(none)" without one.</summary>
    public string DatabaseDisplay => HasDatabase ? ConnectionStrings.Mask(ConnectionString!) : "(none)";

    /// <summary>
    /// Binds <c>KisTrader:*</c> and <c>ConnectionStrings:KisTrader</c> over the defaults and validates them. A misspelt
    /// key inside <c>KisTrader:Cluster</c>, <c>:Storage</c>, <c>:Dashboard</c> or <c>:Clock</c> is refused.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid; <see cref="OptionsValidationException.Failures"/> name each one.</exception>
    public static SiloHostOptions Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SiloHostOptions();
        var failures = new List<string>();
        var mode = configuration[$"{Section}:{nameof(Mode)}"];
        if (!string.IsNullOrWhiteSpace(mode))
        {
            if (Convert(typeof(TradingMode), mode.Trim(), out var parsed, out var expected))
            {
                options.Mode = (TradingMode)parsed!;
            }
            else
            {
                failures.Add($"{Section}:{nameof(Mode)} must be {expected} (value: '{mode}')");
            }
        }

        Bind(failures, configuration, SiloClusterOptions.Section, options.Cluster);
        Bind(failures, configuration, SiloStorageOptions.Section, options.Storage);
        Bind(failures, configuration, SiloDashboardOptions.Section, options.Dashboard);
        Bind(failures, configuration, SiloTelemetryOptions.Section, options.Telemetry);
        Bind(failures, configuration, SiloClockOptions.Section, options.Clock);
        options.ConnectionString = configuration.GetConnectionString(ConnectionStringName);
        if (failures.Count == 0)
        {
            // The KIS client's settings that must agree with the mode (Kis:Environment, the token store and its key).
            failures.AddRange(KisWiring.Check(configuration, options.Mode));

            // Rules between settings are checked only on values that could be read, so that an unreadable value does
            // not also show up as a confusing follow-on failure.
            var result = new SectionOptionsValidator<SiloHostOptions>(Section, new SiloHostOptionsValidator()).Validate(null, options);
            failures.AddRange(result.Failed ? result.Failures.Select(f => WithValue(configuration, f)) : []);
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Section, typeof(SiloHostOptions), failures);
        }

        return options;
    }

    /// <summary>The rules between settings (the generated validator checks the annotations first).</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext) =>
        SiloHostRules.Failures(this).Select(failure => new ValidationResult(failure));

    // "KisTrader:Cluster:SiloPort must be between 1 and 65535." → "… 65535 (value: '0')": an annotation failure of the
    // silo's own subsections shows the value read (they hold no secret; the connection string is never echoed).
    private static string WithValue(IConfiguration configuration, string failure)
    {
        var key = failure.Split(' ', 2)[0];
        var subsection = key.StartsWith(SiloClusterOptions.Section + ":", StringComparison.Ordinal)
            || key.StartsWith(SiloStorageOptions.Section + ":", StringComparison.Ordinal)
            || key.StartsWith(SiloDashboardOptions.Section + ":", StringComparison.Ordinal)
            || key.StartsWith(SiloTelemetryOptions.Section + ":", StringComparison.Ordinal)
            || key.StartsWith(SiloClockOptions.Section + ":", StringComparison.Ordinal);
        return subsection && configuration[key] is { Length: > 0 } value && !failure.Contains("(value:", StringComparison.Ordinal)
            ? $"{failure.TrimEnd('.')} (value: '{value}')"
            : failure;
    }

    // Each setting is read on its own so that every unreadable value is reported with its key and the accepted
    // values, and a misspelt key is refused instead of being ignored. Only the silo's own subsections are checked:
    // other parts of KisTrader may add their own sections under "KisTrader".
    internal static void Bind(List<string> failures, IConfiguration configuration, string section, object target)
    {
        var properties = target.GetType().GetProperties().Where(p => p.CanWrite).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in configuration.GetSection(section).GetChildren())
        {
            var key = $"{section}:{child.Key}";
            if (!properties.TryGetValue(child.Key, out var property))
            {
                failures.Add($"{key} is not a setting (settings: {string.Join(", ", properties.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }

            var text = child.Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (child.GetChildren().Any() || !IsNullable(property.PropertyType))
                {
                    failures.Add($"{key} needs a value");
                }
                else
                {
                    property.SetValue(target, null);
                }

                continue;
            }

            if (Convert(property.PropertyType, text, out var value, out var expected))
            {
                property.SetValue(target, value);
            }
            else
            {
                failures.Add($"{key} must be {expected} (value: '{child.Value}')");
            }
        }
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static bool Convert(Type propertyType, string text, out object? value, out string expected)
    {
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        value = null;
        if (type == typeof(string))
        {
            expected = "text";
            value = text;
            return true;
        }

        if (type == typeof(int))
        {
            expected = "a whole number";
            var ok = int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number);
            value = number;
            return ok;
        }

        if (type == typeof(bool))
        {
            expected = "true or false";
            var ok = bool.TryParse(text, out var flag);
            value = flag;
            return ok;
        }

        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            expected = string.Join(" or ", names);
            var name = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            value = name is null ? null : Enum.Parse(type, name);
            return name is not null;
        }

        throw new InvalidOperationException($"{type.Name} settings are not supported by the silo options binder");
    }
}
