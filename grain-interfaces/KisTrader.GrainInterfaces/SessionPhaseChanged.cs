namespace KisTrader.GrainInterfaces;

/// <summary>A trading session entered a phase.</summary>
/// <param name="TradingDate">The session.</param>
/// <param name="Phase">The phase entered.</param>
/// <param name="Reason">Why, for people ("15:30 schedule", "manual re-run by …").</param>
/// <param name="RunId">The screening run concerned (screening, screened), or null.</param>
/// <param name="Attempt">The session's screen attempts so far.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SessionPhaseChanged")]
public sealed record SessionPhaseChanged(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] SessionPhase Phase,
    [property: Id(2)] string Reason,
    [property: Id(3)] Guid? RunId,
    [property: Id(4)] int Attempt) : TradingEventPayload;
