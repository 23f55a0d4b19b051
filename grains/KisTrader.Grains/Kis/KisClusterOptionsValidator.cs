using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Kis;

/// <summary>Validates <see cref="KisClusterOptions"/> at start; every message names the setting.</summary>
internal sealed class KisClusterOptionsValidator : IValidateOptions<KisClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, KisClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                failures.Add($"{KisClusterOptions.Section}:{member} {result.ErrorMessage}");
            }
        }

        var hasKey = !string.IsNullOrWhiteSpace(options.EncryptionKey);
        var hasFile = !string.IsNullOrWhiteSpace(options.EncryptionKeyFile);
        if (hasKey == hasFile)
        {
            failures.Add($"{KisClusterOptions.Section}:EncryptionKey or {KisClusterOptions.Section}:EncryptionKeyFile is required (exactly one; "
                + "environment variable Kis__Cluster__EncryptionKey, a Base64 256-bit key, the same on every silo)");
        }
        else if (KisSecretCipher.TryLoadKey(options, out _, out var problem) is false)
        {
            failures.Add(problem!);
        }

        if (options.BudgetLeaseDuration < options.BudgetSyncInterval * 4)
        {
            failures.Add($"{KisClusterOptions.Section}:BudgetLeaseDuration must be at least 4 x {KisClusterOptions.Section}:BudgetSyncInterval");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
