using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// Key and IV of an encrypted TR from its subscribe reply (kis-api.md §5.3): payload = Base64(AES-256-CBC(PKCS7(UTF-8))),
/// key = the 32-character string's UTF-8 bytes, IV = the 16-character string's.
/// </summary>
internal sealed class NoticeCipher : IDisposable
{
    private readonly Aes _aes;
    private readonly byte[] _iv;

    private NoticeCipher(byte[] key, byte[] iv)
    {
        _aes = Aes.Create();
        _aes.Key = key;
        _iv = iv;
    }

    /// <summary>A cipher for the reply's key/iv; null when they are missing or not 32/16 bytes.</summary>
    public static NoticeCipher? Create(string? key, string? iv)
    {
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(iv))
        {
            return null;
        }

        var keyBytes = Encoding.UTF8.GetBytes(key);
        var ivBytes = Encoding.UTF8.GetBytes(iv);
        return keyBytes.Length == 32 && ivBytes.Length == 16 ? new NoticeCipher(keyBytes, ivBytes) : null;
    }

    /// <summary>Decrypts a Base64 payload; null when it is not valid Base64 or the padding is wrong (wrong key).</summary>
    public string? TryDecrypt(string base64)
    {
        try
        {
            var cipher = Convert.FromBase64String(base64.Trim());
            lock (_aes)
            {
                return Encoding.UTF8.GetString(_aes.DecryptCbc(cipher, _iv, PaddingMode.PKCS7));
            }
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    public void Dispose() => _aes.Dispose();
}
