using System.Security.Cryptography;
using KisTrader.Grains.Kis;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Configuration;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The rules between the silo's mode and the KIS client's settings, and the values a silo derives when they are unset:
/// <c>Kis:Environment</c> follows <c>KisTrader:Mode</c> (a mismatch is refused naming both), the token store is the
/// cluster's (<c>Kis:Auth:TokenStore=External</c>, the KisAuthGrain), and the key that encrypts the stored token
/// (<c>Kis:Cluster:EncryptionKey</c>) is random per run in simulator mode but required — from the environment or
/// user-secrets, never from a configuration file — in paper and real mode.
/// </summary>
internal static class KisWiring
{
    public const string EnvironmentKey = KisOptions.Section + ":Environment";
    public const string TokenStoreKey = KisOptions.Section + ":Auth:TokenStore";
    public const string EncryptionKeyKey = KisClusterOptions.Section + ":EncryptionKey";
    public const string EncryptionKeyFileKey = KisClusterOptions.Section + ":EncryptionKeyFile";

    private const string ModeKey = SiloHostOptions.Section + ":Mode";

    /// <summary>Every rule broken by <paramref name="configuration"/> for a silo in <paramref name="mode"/>; empty when none.</summary>
    public static IReadOnlyList<string> Check(IConfiguration configuration, TradingMode mode)
    {
        var failures = new List<string>();
        var environment = configuration[EnvironmentKey]?.Trim();
        if (!string.IsNullOrEmpty(environment))
        {
            if (!Enum.TryParse<KisEnvironment>(environment, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(environment, out _))
            {
                failures.Add($"{EnvironmentKey} must be Simulator, Paper or Real (value: '{environment}')");
            }
            else if (!Matches(parsed, mode))
            {
                failures.Add($"{EnvironmentKey} is {parsed} but {ModeKey} is {mode}: they must agree (Simulator mode trades on the simulator, Paper on KIS 모의투자, Real on KIS 실전); "
                    + $"leave {EnvironmentKey} unset to follow {ModeKey}");
            }
        }

        var store = configuration[TokenStoreKey]?.Trim();
        if (!string.IsNullOrEmpty(store) && !string.Equals(store, nameof(KisTokenStoreKind.External), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{TokenStoreKey} must be External in a silo (value: '{store}'): the cluster's KisAuthGrain keeps the one token of each app key for every silo");
        }

        if (FileHolding(configuration, EncryptionKeyKey) is { } file)
        {
            failures.Add($"{EncryptionKeyKey} must not be set in the configuration file '{file}': use the environment variable Kis__Cluster__EncryptionKey or user-secrets");
        }

        if (mode != TradingMode.Simulator && !HasEncryptionKey(configuration))
        {
            failures.Add($"{EncryptionKeyKey} is required in {mode} mode (the key that encrypts the stored KIS token: Base64 of 32 random bytes, the same on every silo): "
                + $"set the environment variable Kis__Cluster__EncryptionKey or user-secrets, never a configuration file; or name a key file in {EncryptionKeyFileKey}");
        }

        return failures;
    }

    /// <summary>
    /// The settings a silo adds under the configured ones: <c>Kis:Environment</c> from the mode, the External token store,
    /// and in simulator mode without a key a random token-encryption key for this run.
    /// </summary>
    public static Dictionary<string, string?> Defaults(IConfiguration configuration, TradingMode mode, out bool randomTokenKey)
    {
        var defaults = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(configuration[EnvironmentKey]))
        {
            defaults[EnvironmentKey] = Environment(mode).ToString();
        }

        if (string.IsNullOrWhiteSpace(configuration[TokenStoreKey]))
        {
            defaults[TokenStoreKey] = nameof(KisTokenStoreKind.External);
        }

        randomTokenKey = mode == TradingMode.Simulator && !HasEncryptionKey(configuration);
        if (randomTokenKey)
        {
            // Memory grain storage forgets the token with the process anyway; with a database, a token stored under an
            // earlier run's key cannot be decrypted, counts as absent, and the in-process simulator issues a new one.
            defaults[EncryptionKeyKey] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        return defaults;
    }

    /// <summary>The KIS environment of a mode.</summary>
    public static KisEnvironment Environment(TradingMode mode) => mode switch
    {
        TradingMode.Paper => KisEnvironment.Paper,
        TradingMode.Real => KisEnvironment.Real,
        _ => KisEnvironment.Simulator,
    };

    private static bool Matches(KisEnvironment environment, TradingMode mode) => environment == Environment(mode);

    private static bool HasEncryptionKey(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[EncryptionKeyKey]) || !string.IsNullOrWhiteSpace(configuration[EncryptionKeyFileKey]);

    private static string? FileHolding(IConfiguration configuration, string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return null;
        }

        foreach (var provider in root.Providers.OfType<FileConfigurationProvider>())
        {
            var file = provider.Source.Path ?? "(unnamed file)";
            // user-secrets' secrets.json lives outside the project and is meant for secrets.
            if (!string.Equals(Path.GetFileName(file), "secrets.json", StringComparison.OrdinalIgnoreCase)
                && provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
            {
                return file;
            }
        }

        return null;
    }
}
