using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Scheduling;

/// <summary>An action of the schedule for one trading day and the instant it is (or was) due.</summary>
/// <param name="Kind">Prefetch, Screen or ScreenMissed.</param>
/// <param name="TradingDate">The KST trading date.</param>
/// <param name="DueAt">The instant it is due (KST offset).</param>
public sealed record DueAction(ScheduleActionKind Kind, DateOnly TradingDate, DateTimeOffset DueAt);
