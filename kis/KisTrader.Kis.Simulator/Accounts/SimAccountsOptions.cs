using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>Credentials and accounts (configuration section <c>Simulator:Accounts</c>).</summary>
public sealed class SimAccountsOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:Accounts";

    /// <summary>The documented demo/test app key (any key works unless <see cref="Strict"/>).</summary>
    public const string DemoAppKey = "SIM-APP-KEY";

    /// <summary>The documented demo/test app secret.</summary>
    public const string DemoAppSecret = "SIM-APP-SECRET";

    /// <summary>
    /// Strict mode (the --strict flag): only keys listed in <see cref="Keys"/> are accepted. Default false: any app key is
    /// accepted with the secret it first came with, and gets its own derived account.
    /// </summary>
    public bool Strict { get; set; }

    /// <summary>Cash every new account opens with, in won. Default 100,000,000 (1억).</summary>
    [Range(typeof(decimal), "0", "1000000000000000")]
    public decimal StartingCash { get; set; } = 100_000_000m;

    /// <summary>Account holder name (ACNT_NAME). Default "시뮬레이터".</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required.")]
    public string HolderName { get; set; } = "시뮬레이터";

    /// <summary>Keys known in advance (required in strict mode). Default none.</summary>
    [ValidateEnumeratedItems]
    public IList<ConfiguredKey> Keys { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Strict && Keys.Count == 0)
        {
            yield return new ValidationResult($"{SectionName}:Keys: strict mode needs at least one configured key (AppKey, AppSecret).");
        }

        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        var seenCanos = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            if (!string.IsNullOrEmpty(key.AppKey) && !seenKeys.Add(key.AppKey))
            {
                yield return new ValidationResult($"{SectionName}:Keys:{i}:AppKey: the same app key is configured twice.");
            }

            if (key.Cano is { Length: 8 } cano && !seenCanos.Add(cano))
            {
                yield return new ValidationResult($"{SectionName}:Keys:{i}:Cano: {cano} is configured for two keys.");
            }
        }
    }
}
