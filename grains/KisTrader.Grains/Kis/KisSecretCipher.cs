using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Kis;

/// <summary>
/// AES-256-GCM for secrets kept in grain state (architecture.md §3). Layout: 12-byte nonce ‖ 16-byte tag ‖ ciphertext.
/// The context (what the secret is and whose) is bound as associated data, so a payload cannot be moved to another
/// grain or field. A payload that does not decrypt (other key, tampered) reads as absent.
/// </summary>
internal sealed class KisSecretCipher
{
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public KisSecretCipher(IOptions<KisClusterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!TryLoadKey(options.Value, out var key, out var problem))
        {
            throw new InvalidOperationException(problem);
        }

        _key = key!;
    }

    public static bool TryLoadKey(KisClusterOptions options, out byte[]? key, out string? problem)
    {
        key = null;
        problem = null;
        string? text;
        string setting;
        if (!string.IsNullOrWhiteSpace(options.EncryptionKey))
        {
            setting = $"{KisClusterOptions.Section}:EncryptionKey";
            text = options.EncryptionKey;
        }
        else if (!string.IsNullOrWhiteSpace(options.EncryptionKeyFile))
        {
            setting = $"{KisClusterOptions.Section}:EncryptionKeyFile";
            if (!File.Exists(options.EncryptionKeyFile))
            {
                problem = $"{setting} names a file that does not exist (it is never created: every silo needs the same key)";
                return false;
            }

            text = File.ReadAllText(options.EncryptionKeyFile);
        }
        else
        {
            problem = $"{KisClusterOptions.Section}:EncryptionKey or {KisClusterOptions.Section}:EncryptionKeyFile is required";
            return false;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written != KeySize)
        {
            problem = $"{setting} must hold a Base64 256-bit key (32 bytes)";
            return false;
        }

        key = buffer[..KeySize];
        return true;
    }

    public byte[] Encrypt(string plain, string context)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var data = new byte[NonceSize + TagSize + plainBytes.Length];
        RandomNumberGenerator.Fill(data.AsSpan(0, NonceSize));
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Encrypt(data.AsSpan(0, NonceSize), plainBytes, data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(context));
        }

        CryptographicOperations.ZeroMemory(plainBytes);
        return data;
    }

    public string? Decrypt(byte[]? data, string context)
    {
        if (data is null || data.Length <= NonceSize + TagSize)
        {
            return null;
        }

        var plain = new byte[data.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(context));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
