namespace KisTrader.Web.Security;

/// <summary>A stored key: never the key itself, only its lookup id and a salted PBKDF2/SHA-256 hash.</summary>
/// <param name="KeyId">16 hex digits of the key's SHA-256 (<see cref="ApiKeyHasher.KeyId"/>).</param>
/// <param name="Name">Who or what holds it (1–64 characters).</param>
/// <param name="Role">Viewer or Trader.</param>
/// <param name="Salt">Random, 16 bytes.</param>
/// <param name="Hash">PBKDF2/SHA-256 of the key, 32 bytes.</param>
/// <param name="Iterations">PBKDF2 iterations.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
public sealed record ApiKeyRecord(string KeyId, string Name, ApiKeyRole Role, byte[] Salt, byte[] Hash, int Iterations, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
