using System.Security.Cryptography;
using System.Text;

namespace KisTrader.GrainInterfaces;

/// <summary>A KIS access token with its lifetime, as the cluster passes it between silos. <see cref="ToString"/> hides it.</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.KisAccessToken")]
public sealed record KisAccessToken(
    [property: Id(0)] string AccessToken,
    [property: Id(1)] DateTimeOffset IssuedAt,
    [property: Id(2)] DateTimeOffset ExpiresAt)
{
    /// <summary>A non-secret name of a token (first 8 bytes of its SHA-256, hex) to refer to it without sending it.</summary>
    public static string Fingerprint(string accessToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(accessToken)).AsSpan(0, 8));
    }

    public override string ToString() => $"KisAccessToken {{ Fingerprint = {Fingerprint(AccessToken)}, IssuedAt = {IssuedAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
