using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// Refuses to start when a KIS secret (app key, app secret, token encryption key) is found in a configuration file such
/// as appsettings.json: files get committed, copied into images and backed up. Secrets belong in environment variables
/// or user-secrets (whose secrets.json lives outside the project and is allowed). The message names the setting and the
/// file, never the value.
/// </summary>
internal sealed class KisSecretSourceValidator(IConfiguration configuration) : IValidateOptions<KisOptions>
{
    private static readonly string[] SecretKeys =
    [
        "Kis:AppKey", "Kis:AppSecret", "Kis:MarketData:AppKey", "Kis:MarketData:AppSecret", "Kis:Auth:TokenEncryptionKey",
    ];

    public ValidateOptionsResult Validate(string? name, KisOptions options)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        foreach (var provider in root.Providers.OfType<FileConfigurationProvider>())
        {
            var file = provider.Source.Path ?? "(unnamed file)";
            if (string.Equals(Path.GetFileName(file), "secrets.json", StringComparison.OrdinalIgnoreCase))
            {
                continue; // user-secrets
            }

            foreach (var key in SecretKeys)
            {
                if (provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
                {
                    failures.Add($"{key} must not be set in the configuration file '{file}': use the environment variable {key.Replace(":", "__", StringComparison.Ordinal)} or user-secrets");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
