using System.Security.Cryptography;
using System.Text;

namespace KisTrader.GrainInterfaces;

/// <summary>Keys of the KIS grains: never a secret, never a full account number (grain ids appear in logs and storage).</summary>
public static partial class GrainKeys
{
    /// <summary>
    /// The non-secret id of an app key, exactly as the KIS client computes it for token stores and budgets:
    /// <c>k</c> + the first 8 bytes of SHA-256(app key) in lower-case hex (17 characters).
    /// </summary>
    public static string KisKeyId(string appKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(appKey);
        return "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appKey)).AsSpan(0, 8));
    }

    /// <summary>The <see cref="IKisAuthGrain"/> key of an app key id (see <see cref="KisKeyId"/>).</summary>
    public static string KisAuth(string keyId) => CheckKeyId(keyId);

    /// <summary>The <see cref="IRateBudgetGrain"/> key of an app key id (see <see cref="KisKeyId"/>).</summary>
    public static string RateBudget(string keyId) => CheckKeyId(keyId);

    /// <summary>
    /// The <see cref="IAccountGrain"/> key of an account: <c>a</c> + the first 8 bytes of SHA-256 of CANO and product code
    /// in lower-case hex. It keeps the number out of logs, the dashboard and storage keys; it is not encryption (an 8-digit
    /// number can be found from its hash by trying them all), so storage still counts as internal.
    /// </summary>
    public static string Account(string cano, string productCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(cano);
        ArgumentException.ThrowIfNullOrEmpty(productCode);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"KisTrader.Account/{cano}-{productCode}"));
        return "a" + Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }

    private static string CheckKeyId(string keyId)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        if (keyId.Length > 64 || !keyId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("A KIS key id is at most 64 ASCII letters and digits (GrainKeys.KisKeyId).", nameof(keyId));
        }

        return keyId;
    }
}
