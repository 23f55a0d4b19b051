using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>An app key's token store changed. Carries times only: never the token or the approval key.</summary>
/// <param name="KeyId">The non-secret key id (<see cref="GrainKeys.KisKeyId"/>).</param>
/// <param name="Change">What happened.</param>
/// <param name="IssuedAt">The stored token's issue time (issued, renewed), or null.</param>
/// <param name="ExpiresAt">The stored token's expiry (issued, renewed), or null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.KisAuthChanged")]
public sealed record KisAuthChanged(
    [property: Id(0)] string KeyId,
    [property: Id(1)] KisAuthChange Change,
    [property: Id(2)] DateTimeOffset? IssuedAt,
    [property: Id(3)] DateTimeOffset? ExpiresAt) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.KisAuth;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => KeyId;
}
