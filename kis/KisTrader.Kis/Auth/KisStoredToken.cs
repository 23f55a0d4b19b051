using KisTrader.Kis.Secrets;

namespace KisTrader.Kis.Auth;

/// <summary>An access token with its lifetime. <see cref="ToString"/> masks the token.</summary>
/// <param name="AccessToken">The bearer token (secret).</param>
/// <param name="IssuedAt">When we received it (our clock).</param>
/// <param name="ExpiresAt">When it expires (our clock).</param>
public sealed record KisStoredToken(string AccessToken, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"KisStoredToken {{ AccessToken = {Redact.Mask(AccessToken)}, IssuedAt = {IssuedAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
