using System.Text.Json.Serialization;
using KisTrader.Trading.Sessions;

namespace KisTrader.GrainInterfaces;

/// <summary>Someone asked for a manual screen or a re-run; accepted or refused (with the reason).</summary>
/// <param name="TradingDate">The session.</param>
/// <param name="Kind">Start or re-run.</param>
/// <param name="RequestedBy">Who asked (as the caller named them).</param>
/// <param name="Reason">Why they asked.</param>
/// <param name="Accepted">True when a run was started.</param>
/// <param name="RefusedFor">Why it was refused, typed (null when accepted); the front ends word it.</param>
/// <param name="RunId">The run started (null when refused).</param>
/// <param name="RefusalBoundary">A refusal for the trading window (<see cref="SessionRefusalKind.BeforeClose"/>, <see cref="SessionRefusalKind.AfterHoursBegan"/>): the instant it turns on (KST offset), else null.</param>
/// <param name="LegacyRefusal">
/// Read only: the English sentence that versions before <paramref name="RefusedFor"/> journaled (JSON <c>refusal</c>, field
/// id 5), so their rows stay readable. Never written now (null); its JSON name and id are never reused.
/// </param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreeningRequested")]
public sealed record ScreeningRequested(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] ScreeningCommandKind Kind,
    [property: Id(2)] string RequestedBy,
    [property: Id(3)] string Reason,
    [property: Id(4)] bool Accepted,
    [property: Id(7)] SessionRefusalKind? RefusedFor,
    [property: Id(6)] Guid? RunId,
    [property: Id(8)] DateTimeOffset? RefusalBoundary = null,
    [property: Id(5), JsonPropertyName("refusal"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LegacyRefusal = null) : TradingEventPayload
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
