using System.Text.Json.Serialization;
using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>A screening run finished and became the session's screen (its full record is in the journal under <see cref="RunId"/>).</summary>
/// <param name="TradingDate">The session.</param>
/// <param name="RunId">The journal's run id.</param>
/// <param name="Trigger">What started it: "Schedule", "Manual" or "Rerun".</param>
/// <param name="FinalLevel">The kept level.</param>
/// <param name="Candidates">Ranked candidates.</param>
/// <param name="Selected">Codes selected for buying, in rank order.</param>
/// <param name="BrokerCalls">Broker calls of all stages.</param>
/// <param name="Duration">From the run's start to the ranked list.</param>
/// <param name="ReplacedRunId">The earlier run this one replaced as the session's screen (a re-run), or null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScreeningFinished")]
public sealed record ScreeningFinished(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] Guid RunId,
    [property: Id(2)] string Trigger,
    [property: Id(3)] string FinalLevel,
    [property: Id(4)] int Candidates,
    [property: Id(5)] ImmutableArray<string> Selected,
    [property: Id(6)] int BrokerCalls,
    [property: Id(7)] TimeSpan Duration,
    [property: Id(8)] Guid? ReplacedRunId) : TradingEventPayload
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
