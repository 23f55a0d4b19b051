using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// The market-data grain's registrations or WebSocket session changed (category <see cref="TradingEventCategory.MarketData"/>,
/// subject <see cref="GrainKeys.MarketData"/>). Never carries the approval key.
/// </summary>
/// <param name="Change">What happened.</param>
/// <param name="Symbol">The 6-digit code concerned, or null for a session change (lost, reconnected, restored).</param>
/// <param name="Kinds">The kinds concerned (None for a session change).</param>
/// <param name="Owner">The owner who subscribed, released or was refused; null for evictions and session changes.</param>
/// <param name="Priority">The priority asked for (subscribed, refused, dropped), or null.</param>
/// <param name="Holds">Holds taken (Subscribed), released (Released), restored (Restored); the holders of a parked or unparked registration; else 0.</param>
/// <param name="NewRegistrations">KIS registrations the subscription added (0 when every kind was already held by someone).</param>
/// <param name="Dropped">Holds dropped while restoring (Restored), else 0.</param>
/// <param name="RegistrationsUsed">Registrations counted against the cap after the change.</param>
/// <param name="RegistrationsLimit">The cap (Kis:WebSocket:MaxRegistrations, 41).</param>
/// <param name="Detail">Why (the refusal, the eviction, the connection change) or where (the silo that restored), or null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataChanged")]
public sealed record MarketDataChanged(
    [property: Id(0)] MarketDataChange Change,
    [property: Id(1)] string? Symbol,
    [property: Id(2)] MarketDataKinds Kinds,
    [property: Id(3)] string? Owner,
    [property: Id(4)] MarketDataPriority? Priority,
    [property: Id(5)] int Holds,
    [property: Id(6)] int NewRegistrations,
    [property: Id(7)] int Dropped,
    [property: Id(8)] int RegistrationsUsed,
    [property: Id(9)] int RegistrationsLimit,
    [property: Id(10)] string? Detail) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.MarketData;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => GrainKeys.MarketData;
}
