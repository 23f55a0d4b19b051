using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>An app key's cluster REST budget changed in a way worth telling.</summary>
/// <param name="KeyId">The non-secret key id (<see cref="GrainKeys.KisKeyId"/>).</param>
/// <param name="Change">What happened.</param>
/// <param name="HolderId">The permit source concerned (joined, reclaimed, reported the EGW00201), or null.</param>
/// <param name="Quota">That holder's quota after the change (0 when none).</param>
/// <param name="Allocated">Quota out across all holders after the change.</param>
/// <param name="PermitsPerWindow">The key's limit as the grain knows it (0 before the first sync).</param>
/// <param name="Until">The end of the pause or recovery, or null.</param>
/// <param name="Holders">Permit sources known after the change.</param>
/// <param name="LastSeen">HolderReclaimed: when the holder last reported, else null.</param>
/// <param name="Freed">HolderReclaimed: the quota the holder had and that is free again, else 0.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.RateBudgetChanged")]
public sealed record RateBudgetChanged(
    [property: Id(0)] string KeyId,
    [property: Id(1)] RateBudgetChange Change,
    [property: Id(2)] string? HolderId,
    [property: Id(3)] int Quota,
    [property: Id(4)] int Allocated,
    [property: Id(5)] int PermitsPerWindow,
    [property: Id(6)] DateTimeOffset? Until,
    [property: Id(7)] int Holders = 0,
    [property: Id(8)] DateTimeOffset? LastSeen = null,
    [property: Id(9)] int Freed = 0) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.RateBudget;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => KeyId;
}
