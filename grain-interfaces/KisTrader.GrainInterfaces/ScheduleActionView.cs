namespace KisTrader.GrainInterfaces;

/// <summary>One action the schedule took.</summary>
/// <param name="Kind">What it did.</param>
/// <param name="TradingDate">The KST trading date it was for.</param>
/// <param name="DueAt">When it was due (KST offset).</param>
/// <param name="DoneAt">When it was taken (KST offset).</param>
/// <param name="Outcome">What happened, for people (e.g. the session phase, or the error).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScheduleActionView")]
public sealed record ScheduleActionView(
    [property: Id(0)] ScheduleActionKind Kind,
    [property: Id(1)] DateOnly TradingDate,
    [property: Id(2)] DateTimeOffset DueAt,
    [property: Id(3)] DateTimeOffset DoneAt,
    [property: Id(4)] string Outcome);
