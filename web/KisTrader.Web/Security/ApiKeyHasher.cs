using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Web.Security;

/// <summary>Makes, hashes and checks API keys: PBKDF2 with SHA-256, a 16-byte random salt per key, 100,000 iterations.</summary>
public static class ApiKeyHasher
{
    public const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new random key: <c>kt_</c> and 32 random bytes, Base64url.</summary>
    public static string NewKey() => "kt_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The lookup id of a key: the first 16 hex digits of its SHA-256 (a 64-bit fingerprint that does not reveal a random key).</summary>
    public static string KeyId(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));

    /// <summary>The stored form of a new key.</summary>
    public static ApiKeyRecord Hash(string key, string name, ApiKeyRole role, DateTimeOffset createdAt)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new ApiKeyRecord(KeyId(key), name, role, salt, Derive(key, salt, Iterations), Iterations, createdAt, null);
    }

    /// <summary>True when <paramref name="key"/> is the key <paramref name="record"/> was made from (constant-time comparison).</summary>
    public static bool Verify(string key, ApiKeyRecord record) =>
        CryptographicOperations.FixedTimeEquals(Derive(key, record.Salt, record.Iterations), record.Hash);

    private static byte[] Derive(string key, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
