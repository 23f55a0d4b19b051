using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Web.Security;

/// <summary>
/// Checks a presented key against the store. PBKDF2 is slow on purpose, so a key that verified once is remembered for
/// a minute by the SHA-256 of the key (never the key itself); a revocation through this front end forgets it at once.
/// </summary>
public sealed class ApiKeyVerifier(IApiKeyStore store, TimeProvider clock)
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (ApiKeyRecord Record, long Until)> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _wall = clock is Kis.Simulator.Clock.SimClock sim ? sim.Wall : clock;

    /// <summary>The active key <paramref name="key"/> is, or null.</summary>
    public async Task<ApiKeyRecord?> VerifyAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length is < 16 or > 256)
        {
            return null;
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        var now = _wall.GetTimestamp();
        if (_verified.TryGetValue(fingerprint, out var known) && now < known.Until)
        {
            return known.Record;
        }

        var record = await store.FindAsync(ApiKeyHasher.KeyId(key), cancellationToken);
        if (record is null || record.RevokedAt is not null || !ApiKeyHasher.Verify(key, record))
        {
            _verified.TryRemove(fingerprint, out _);
            return null;
        }

        _verified[fingerprint] = (record, now + (long)(Remember.TotalSeconds * _wall.TimestampFrequency));
        return record;
    }

    /// <summary>Forgets every remembered verification of <paramref name="keyId"/>.</summary>
    public void Forget(string keyId)
    {
        foreach (var (fingerprint, entry) in _verified)
        {
            if (entry.Record.KeyId == keyId)
            {
                _verified.TryRemove(fingerprint, out _);
            }
        }
    }
}
