using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>
/// The documented, deterministic account identity of an app key that is not configured explicitly (README "Credentials").
/// With h = SHA-256(UTF-8 bytes of the app key):
/// CANO = profile digit ("6" real, "5" paper) + the first 8 bytes of h read as an unsigned big-endian integer, modulo
/// 10,000,000, as 7 digits; HTS ID = "sim" + the first 3 bytes of h as 6 lowercase hex digits.
/// </summary>
internal static class AccountDerivation
{
    public const string ProductCode = "01";

    public static string Cano(string appKey, SimProfile profile)
    {
        var hash = Hash(appKey);
        var value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(hash) % 10_000_000UL;
        return (profile == SimProfile.Real ? "6" : "5") + value.ToString("D7", CultureInfo.InvariantCulture);
    }

    public static string HtsId(string appKey) => "sim" + Convert.ToHexStringLower(Hash(appKey).AsSpan(0, 3));

    /// <summary>The CANO after <paramref name="cano"/> (same profile digit, the 7 digits + 1 wrapping): collision fallback.</summary>
    public static string NextCano(string cano)
    {
        var digits = long.Parse(cano.AsSpan(1), CultureInfo.InvariantCulture);
        return cano[0] + ((digits + 1) % 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
    }

    private static byte[] Hash(string appKey) => SHA256.HashData(Encoding.UTF8.GetBytes(appKey));
}
