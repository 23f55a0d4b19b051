using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>The KRX schedule did something (or decided not to): a prefetch, a screen, a missed screen, a resume, a calendar refresh.</summary>
/// <param name="Action">What, for which date, when due, when done, with what outcome.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScheduleActionTaken")]
public sealed record ScheduleActionTaken([property: Id(0)] ScheduleActionView Action) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Schedule;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => GrainKeys.Schedule;

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => Action.TradingDate;
}
