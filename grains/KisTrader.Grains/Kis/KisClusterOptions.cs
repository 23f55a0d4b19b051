using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Kis;

/// <summary>
/// How the silos share one KIS token and one REST budget per app key (section <c>Kis:Cluster</c>). The encryption key of
/// the stored token comes from configuration or a key file — never from the database — and must be the same on every
/// silo (the grain may activate on any of them). Validated at start by the source-generated <see cref="KisClusterOptionsValidator"/>.
/// </summary>
public sealed class KisClusterOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kis:Cluster";

    /// <summary>
    /// The 256-bit AES-GCM key as Base64 (environment variable <c>Kis__Cluster__EncryptionKey</c>); or use
    /// <see cref="EncryptionKeyFile"/>. Exactly one of the two is required.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>A file holding the Base64 key (readable by the silo only). It is never created: every silo needs the same key.</summary>
    public string? EncryptionKeyFile { get; set; }

    /// <summary>How long one silo may take to issue a token while the others wait for it. Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan TokenIssueLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a waiting silo asks the token grain again while another silo issues. Default 200 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan TokenPollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often a silo that uses the REST budget syncs its quota with the budget grain. Default 250 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00.020", "00:00:10")]
    public TimeSpan BudgetSyncInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a quota may be used without a successful sync (counted from when the sync was sent): a silo cut off from
    /// the grain stops taking permits after this. At least 4 × <see cref="BudgetSyncInterval"/>. Default 3 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan BudgetLeaseDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// After a silo's lease has lapsed, how much longer its quota stays reserved before others may get it: covers its
    /// permits still in flight or cooling (longest call + window + margin). Also the recovery pause after the budget grain
    /// restarts while quota was out. Default 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BudgetReclaimGrace { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Exactly one readable 256-bit key, and a lease that outlives several syncs.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        var hasKey = !string.IsNullOrWhiteSpace(EncryptionKey);
        var hasFile = !string.IsNullOrWhiteSpace(EncryptionKeyFile);
        if (hasKey == hasFile)
        {
            yield return new ValidationResult($"{Section}:EncryptionKey or {Section}:EncryptionKeyFile is required (exactly one; "
                + "environment variable Kis__Cluster__EncryptionKey, a Base64 256-bit key, the same on every silo)");
        }
        else if (KisSecretCipher.TryLoadKey(this, out _, out var problem) is false)
        {
            yield return new ValidationResult(problem);
        }

        if (BudgetLeaseDuration < BudgetSyncInterval * 4)
        {
            yield return new ValidationResult($"{Section}:BudgetLeaseDuration must be at least 4 x {Section}:BudgetSyncInterval");
        }
    }
}
