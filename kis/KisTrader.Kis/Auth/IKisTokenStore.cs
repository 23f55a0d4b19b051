namespace KisTrader.Kis.Auth;

/// <summary>
/// Keeps access tokens across processes, keyed by a non-secret key id (a SHA-256 prefix of the app key). The cluster
/// provides a grain-backed store so all silos share one token; this library ships <see cref="InMemoryKisTokenStore"/>
/// and <see cref="EncryptedFileKisTokenStore"/> (AES-GCM at rest).
/// </summary>
public interface IKisTokenStore
{
    /// <summary>The stored token of <paramref name="keyId"/>, or null.</summary>
    ValueTask<KisStoredToken?> GetAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>Stores (replaces) the token of <paramref name="keyId"/>.</summary>
    ValueTask SaveAsync(string keyId, KisStoredToken token, CancellationToken cancellationToken);

    /// <summary>Forgets the token of <paramref name="keyId"/> (after KIS called it expired or invalid).</summary>
    ValueTask RemoveAsync(string keyId, CancellationToken cancellationToken);
}
