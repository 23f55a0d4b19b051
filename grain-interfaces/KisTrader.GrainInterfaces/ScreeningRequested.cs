using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>Someone asked for a manual screen or a re-run; accepted or refused (with the reason).</summary>
/// <param name="TradingDate">The session.</param>
/// <param name="Kind">Start or re-run.</param>
/// <param name="RequestedBy">Who asked (as the caller named them).</param>
/// <param name="Reason">Why they asked.</param>
/// <param name="Accepted">True when a run was started.</param>
/// <param name="Refusal">Why it was refused (null when accepted).</param>
/// <param name="RunId">The run started (null when refused).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreeningRequested")]
public sealed record ScreeningRequested(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] ScreeningCommandKind Kind,
    [property: Id(2)] string RequestedBy,
    [property: Id(3)] string Reason,
    [property: Id(4)] bool Accepted,
    [property: Id(5)] string? Refusal,
    [property: Id(6)] Guid? RunId) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Session;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => GrainKeys.TradingSession(TradingDate);

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => TradingDate;
}
