using System.Text.Json.Serialization;
using KisTrader.Trading.Sessions;

namespace KisTrader.GrainInterfaces;

/// <summary>A trading session entered a phase (typed: the front ends word it).</summary>
/// <param name="TradingDate">The session.</param>
/// <param name="Phase">The phase entered.</param>
/// <param name="RunId">The screening run concerned (screening, screened: the screen in force), or null when scheduled.</param>
/// <param name="Attempt">The session's screen attempts so far (a resume after a crash counts).</param>
/// <param name="Cause">Why.</param>
/// <param name="RequestedBy">Who asked (manual start, re-run), or null.</param>
/// <param name="RequestReason">Why they asked (manual start, re-run), or null.</param>
/// <param name="ResumesAtStage">A started screen that goes on from earlier attempts' stages: the first stage it runs (2–4), else null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SessionPhaseChanged")]
public sealed record SessionPhaseChanged(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] SessionPhase Phase,
    [property: Id(3)] Guid? RunId,
    [property: Id(4)] int Attempt,
    [property: Id(5)] SessionChangeCause Cause,
    [property: Id(6)] string? RequestedBy = null,
    [property: Id(7)] string? RequestReason = null,
    [property: Id(8)] int? ResumesAtStage = null) : TradingEventPayload
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
