using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Configuration;

/// <summary>Rules between settings shared by <see cref="KisOptions"/> and <see cref="KisMarketDataOptions"/>; messages name the full key.</summary>
internal static class KisOptionsRules
{
    /// <summary>The Simulator has no default URLs: both must be configured.</summary>
    public static IEnumerable<ValidationResult> SimulatorUrls(KisEnvironment? environment, Uri? rest, Uri? ws, string section)
    {
        if (environment != KisEnvironment.Simulator)
        {
            yield break;
        }

        if (rest is null)
        {
            yield return new ValidationResult($"{section}:RestBaseUrl is required for the Simulator environment (e.g. http://127.0.0.1:9443)");
        }

        if (ws is null)
        {
            yield return new ValidationResult($"{section}:WebSocketBaseUrl is required for the Simulator environment (e.g. ws://127.0.0.1:9443)");
        }
    }

    /// <summary>Both secrets of a key, named with their environment variables (the values are never echoed).</summary>
    public static IEnumerable<ValidationResult> Credentials(string? appKey, string? appSecret, string section)
    {
        var env = section.Replace(":", "__", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(appKey))
        {
            yield return new ValidationResult($"{section}:AppKey is required (environment variable {env}__AppKey or user-secrets; never in appsettings)");
        }

        if (string.IsNullOrWhiteSpace(appSecret))
        {
            yield return new ValidationResult($"{section}:AppSecret is required (environment variable {env}__AppSecret or user-secrets; never in appsettings)");
        }
    }

    /// <summary>True for Base64 text of exactly 32 bytes.</summary>
    public static bool IsAesKey(string base64)
    {
        Span<byte> buffer = stackalloc byte[64];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written == 32;
    }
}
