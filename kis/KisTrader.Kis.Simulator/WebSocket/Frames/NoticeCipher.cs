using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// 체결통보 encryption (kis-api.md §5.3): Base64(AES-256-CBC(PKCS7(UTF-8 text))) with the 32-character key and the
/// 16-character IV of the subscribe reply, both used as their UTF-8 bytes.
/// </summary>
internal static class NoticeCipher
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Encrypt(string plainText, string key, string iv)
    {
        using var aes = Create(key, iv);
        var cipher = aes.EncryptCbc(Encoding.UTF8.GetBytes(plainText), aes.IV, PaddingMode.PKCS7);
        return Convert.ToBase64String(cipher);
    }

    public static string Decrypt(string base64, string key, string iv)
    {
        using var aes = Create(key, iv);
        return Encoding.UTF8.GetString(aes.DecryptCbc(Convert.FromBase64String(base64), aes.IV, PaddingMode.PKCS7));
    }

    /// <summary>A random alphanumeric secret of <paramref name="length"/> characters (32 for the key, 16 for the IV).</summary>
    public static string NewSecret(int length) => RandomNumberGenerator.GetString(Alphabet, length);

    private static Aes Create(string key, string iv)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var ivBytes = Encoding.UTF8.GetBytes(iv);
        if (keyBytes.Length != 32 || ivBytes.Length != 16)
        {
            throw new ArgumentException("The key must be 32 bytes and the IV 16 bytes (UTF-8).");
        }

        var aes = Aes.Create();
        aes.Key = keyBytes;
        aes.IV = ivBytes;
        return aes;
    }
}
