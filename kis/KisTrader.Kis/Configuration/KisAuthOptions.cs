using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Configuration;

/// <summary>Access-token and approval-key behaviour (section <c>Kis:Auth</c>).</summary>
public sealed class KisAuthOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string Section = KisOptions.Section + ":Auth";

    /// <summary>Token store. Default <see cref="KisTokenStoreKind.Memory"/>.</summary>
    public KisTokenStoreKind TokenStore { get; set; } = KisTokenStoreKind.Memory;

    /// <summary>File store: the directory of the encrypted token files (required for <see cref="KisTokenStoreKind.File"/>).</summary>
    public string? TokenDirectory { get; set; }

    /// <summary>File store: the 256-bit AES key as Base64 (environment variable <c>Kis__Auth__TokenEncryptionKey</c>). Or use <see cref="TokenKeyFile"/>.</summary>
    public string? TokenEncryptionKey { get; set; }

    /// <summary>File store: a file holding the Base64 key (created with a random key when missing).</summary>
    public string? TokenKeyFile { get; set; }

    /// <summary>Renew the token this long before it expires. Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "12:00:00")]
    public TimeSpan RenewBeforeExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Never ask tokenP twice within this interval (KIS: 1 per minute, EGW00133). Default 61 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinIssueInterval { get; set; } = TimeSpan.FromSeconds(61);

    /// <summary>Never ask for an approval key twice within this interval (KIS: 1 per second). Default 1.1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MinApprovalInterval { get; set; } = TimeSpan.FromSeconds(1.1);

    /// <summary>The file store needs a directory and exactly one key source; a given key must be a 256-bit Base64 key.</summary>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (TokenStore != KisTokenStoreKind.File)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(TokenDirectory))
        {
            yield return new ValidationResult($"{Section}:TokenDirectory is required when {Section}:TokenStore is File");
        }

        if (string.IsNullOrEmpty(TokenEncryptionKey) == string.IsNullOrEmpty(TokenKeyFile))
        {
            yield return new ValidationResult($"{Section}:TokenEncryptionKey or {Section}:TokenKeyFile (exactly one) is required when {Section}:TokenStore is File");
        }
        else if (!string.IsNullOrEmpty(TokenEncryptionKey) && !KisOptionsRules.IsAesKey(TokenEncryptionKey))
        {
            yield return new ValidationResult($"{Section}:TokenEncryptionKey must be a Base64 256-bit key (32 bytes)");
        }
    }
}
