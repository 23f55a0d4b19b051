using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KisTrader.Kis.Auth;

/// <summary>
/// One file per key id under a directory, encrypted with AES-256-GCM (architecture.md §3: secrets encrypted at rest, key
/// from configuration or a key file, never stored beside the data). File layout: 12-byte nonce ‖ 16-byte tag ‖ ciphertext
/// of the JSON token; the key id is bound as associated data so a file cannot be swapped between keys. A file that does
/// not decrypt (other key, tampered) is treated as absent. Writes go to a temporary file and are moved into place.
/// </summary>
public sealed class EncryptedFileKisTokenStore : IKisTokenStore, IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly string _directory;
    private readonly byte[] _key;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="directory">Directory of the token files (created when missing).</param>
    /// <param name="key">The 32-byte AES key.</param>
    public EncryptedFileKisTokenStore(string directory, byte[] key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new ArgumentException("The token encryption key must be 32 bytes (AES-256).", nameof(key));
        }

        _directory = directory;
        _key = [.. key];
        Directory.CreateDirectory(directory);
    }

    /// <summary>Reads the Base64 key from <paramref name="keyFile"/>, creating the file with a random key when it is missing.</summary>
    public static byte[] LoadOrCreateKey(string keyFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFile);
        if (File.Exists(keyFile))
        {
            var key = Convert.FromBase64String(File.ReadAllText(keyFile).Trim());
            return key.Length == 32 ? key : throw new InvalidOperationException($"The key file {keyFile} must hold a Base64 256-bit key.");
        }

        var fresh = RandomNumberGenerator.GetBytes(32);
        var dir = Path.GetDirectoryName(Path.GetFullPath(keyFile));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(keyFile, Convert.ToBase64String(fresh));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return fresh;
    }

    public async ValueTask<KisStoredToken?> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        var path = PathOf(keyId);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var data = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (data.Length <= NonceSize + TagSize)
            {
                return null;
            }

            var plain = new byte[data.Length - NonceSize - TagSize];
            try
            {
                using var aes = new AesGcm(_key, TagSize);
                aes.Decrypt(data.AsSpan(0, NonceSize), data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(keyId));
            }
            catch (AuthenticationTagMismatchException)
            {
                return null;
            }

            var stored = JsonSerializer.Deserialize<StoredForm>(plain);
            return stored is null ? null : new KisStoredToken(stored.Token, stored.IssuedAt, stored.ExpiresAt);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask SaveAsync(string keyId, KisStoredToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var plain = JsonSerializer.SerializeToUtf8Bytes(new StoredForm(token.AccessToken, token.IssuedAt, token.ExpiresAt));
        var data = new byte[NonceSize + TagSize + plain.Length];
        RandomNumberGenerator.Fill(data.AsSpan(0, NonceSize));
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Encrypt(data.AsSpan(0, NonceSize), plain, data.AsSpan(NonceSize + TagSize), data.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(keyId));
        }

        CryptographicOperations.ZeroMemory(plain);
        var path = PathOf(keyId);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await File.WriteAllBytesAsync(temp, data, cancellationToken).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask RemoveAsync(string keyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            File.Delete(PathOf(keyId));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string PathOf(string keyId)
    {
        if (keyId.Length == 0 || keyId.Any(c => !char.IsAsciiLetterOrDigit(c)))
        {
            throw new ArgumentException("A key id is ASCII letters and digits.", nameof(keyId));
        }

        return Path.Combine(_directory, $"kis-token-{keyId}.bin");
    }

    private sealed record StoredForm(string Token, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
}
