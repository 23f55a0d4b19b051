using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// Validates <see cref="KisOptions"/> at start: the data annotations of every nested section plus the rules between
/// settings. Every message names the setting, e.g. "Kis:RateLimit:RequestsPerSecond must be between 1 and 100".
/// Messages never contain a secret value.
/// </summary>
public sealed class KisOptionsValidator : IValidateOptions<KisOptions>
{
    public ValidateOptionsResult Validate(string? name, KisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string P = KisOptions.Section;
        Annotations(options, P, failures);
        Annotations(options.RateLimit, P + ":RateLimit", failures);
        Annotations(options.Auth, P + ":Auth", failures);
        Annotations(options.Resilience, P + ":Resilience", failures);

        if (options.Environment is null)
        {
            failures.Add($"{P}:Environment is required (Simulator, Paper or Real)");
        }

        CheckUrls(options.Environment, options.RestBaseUrl, options.WebSocketBaseUrl, P, failures);
        CheckCredentials(options.AppKey, options.AppSecret, P, failures);
        if (string.IsNullOrEmpty(options.AccountNumber))
        {
            failures.Add($"{P}:AccountNumber is required (the 8-digit CANO; environment variable Kis__AccountNumber)");
        }

        if (options.Resilience.OrderTimeout < options.Resilience.QueryTimeout / 2)
        {
            failures.Add($"{P}:Resilience:OrderTimeout must be at least half of Kis:Resilience:QueryTimeout");
        }

        CheckAuth(options.Auth, failures);

        if (options.MarketData is { IsConfigured: true } market)
        {
            const string M = P + ":MarketData";
            Annotations(market.RateLimit, M + ":RateLimit", failures);
            if (market.Environment is null)
            {
                failures.Add($"{M}:Environment is required when market-data credentials are given (Simulator, Paper or Real)");
            }

            CheckUrls(market.Environment, market.RestBaseUrl, market.WebSocketBaseUrl, M, failures);
            CheckCredentials(market.AppKey, market.AppSecret, M, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAuth(KisAuthOptions auth, List<string> failures)
    {
        if (auth.TokenStore != KisTokenStoreKind.File)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(auth.TokenDirectory))
        {
            failures.Add("Kis:Auth:TokenDirectory is required when Kis:Auth:TokenStore is File");
        }

        if (string.IsNullOrEmpty(auth.TokenEncryptionKey) == string.IsNullOrEmpty(auth.TokenKeyFile))
        {
            failures.Add("Kis:Auth:TokenEncryptionKey or Kis:Auth:TokenKeyFile (exactly one) is required when Kis:Auth:TokenStore is File");
        }
        else if (!string.IsNullOrEmpty(auth.TokenEncryptionKey) && !IsAesKey(auth.TokenEncryptionKey))
        {
            failures.Add("Kis:Auth:TokenEncryptionKey must be a Base64 256-bit key (32 bytes)");
        }
    }

    private static bool IsAesKey(string base64)
    {
        Span<byte> buffer = stackalloc byte[64];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written == 32;
    }

    private static void CheckUrls(KisEnvironment? environment, Uri? rest, Uri? ws, string prefix, List<string> failures)
    {
        if (environment == KisEnvironment.Simulator)
        {
            if (rest is null)
            {
                failures.Add($"{prefix}:RestBaseUrl is required for the Simulator environment (e.g. http://127.0.0.1:9443)");
            }

            if (ws is null)
            {
                failures.Add($"{prefix}:WebSocketBaseUrl is required for the Simulator environment (e.g. ws://127.0.0.1:9443)");
            }
        }

        if (rest is not null && (!rest.IsAbsoluteUri || (rest.Scheme != Uri.UriSchemeHttp && rest.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"{prefix}:RestBaseUrl must be an absolute http or https URL");
        }

        if (ws is not null && (!ws.IsAbsoluteUri || (ws.Scheme != "ws" && ws.Scheme != "wss")))
        {
            failures.Add($"{prefix}:WebSocketBaseUrl must be an absolute ws or wss URL");
        }
    }

    private static void CheckCredentials(string? appKey, string? appSecret, string prefix, List<string> failures)
    {
        var env = prefix.Replace(":", "__", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(appKey))
        {
            failures.Add($"{prefix}:AppKey is required (environment variable {env}__AppKey or user-secrets; never in appsettings)");
        }

        if (string.IsNullOrWhiteSpace(appSecret))
        {
            failures.Add($"{prefix}:AppSecret is required (environment variable {env}__AppSecret or user-secrets; never in appsettings)");
        }
    }

    /// <summary>Data annotations of one object, reported as "{prefix}:{Member} {message}".</summary>
    private static void Annotations(object instance, string prefix, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault() ?? "?";
            failures.Add($"{prefix}:{member} {result.ErrorMessage}");
        }
    }
}
