using System.Collections.Immutable;
using KisTrader.Trading.Sessions;

namespace KisTrader.GrainInterfaces;

/// <summary>Where a trading session is (cheap to read while a screen runs).</summary>
/// <param name="TradingDate">The session's KST date.</param>
/// <param name="Phase">Its state.</param>
/// <param name="Stages">The funnel stages finished so far, with their cost.</param>
/// <param name="StartedAt">When the screen started (null before).</param>
/// <param name="FinishedAt">When it finished (null before).</param>
/// <param name="LastError">The last failed attempt's error, for people (null when none).</param>
/// <param name="Attempts">How many times a screen was started (a resume after a crash counts).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SessionStatus")]
public sealed record SessionStatus(
    [property: Id(0)] DateOnly TradingDate,
    [property: Id(1)] SessionPhase Phase,
    [property: Id(2)] ImmutableArray<StageView> Stages,
    [property: Id(3)] DateTimeOffset? StartedAt,
    [property: Id(4)] DateTimeOffset? FinishedAt,
    [property: Id(5)] string? LastError,
    [property: Id(6)] int Attempts);
