using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>The after-hours board changed (published on <c>events/all</c>, journaled on the "after-hours" stream).</summary>
/// <param name="TradingDate">The Day-1 session.</param>
/// <param name="Change">What happened.</param>
/// <param name="Checkpoint">The checkpoint concerned (base KST time), or null.</param>
/// <param name="Threshold">The threshold in force (at the checkpoint, or now).</param>
/// <param name="NextThreshold">The threshold of the next checkpoint.</param>
/// <param name="OrderableCash">Orderable cash read before the checkpoint, or null.</param>
/// <param name="Committed">KRW committed by buys so far.</param>
/// <param name="Budget">The session budget.</param>
/// <param name="Decisions">The checkpoint's decisions with observed prices (empty for other changes).</param>
/// <param name="Codes">Codes concerned: the watch list (started), the re-search's additions, the handed buy.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AfterHoursChanged")]
public sealed record AfterHoursChanged(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] AfterHoursChange Change,
    [property: Id(2)] TimeOnly? Checkpoint,
    [property: Id(3)] decimal Threshold,
    [property: Id(4)] decimal NextThreshold,
    [property: Id(5)] decimal? OrderableCash,
    [property: Id(6)] decimal Committed,
    [property: Id(7)] decimal Budget,
    [property: Id(8)] ImmutableArray<AfterHoursDecisionView> Decisions,
    [property: Id(9)] ImmutableArray<string> Codes) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.AfterHours;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => GrainKeys.AfterHours(TradingDate);

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => TradingDate;
}
