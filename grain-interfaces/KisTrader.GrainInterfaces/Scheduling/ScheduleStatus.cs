using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>Where the KRX schedule stands.</summary>
/// <param name="Now">The schedule's clock when answered (KST offset).</param>
/// <param name="NextAction">The next action due (<see cref="ScheduleActionKind.Prefetch"/> or <see cref="ScheduleActionKind.Screen"/>), or null when none is known.</param>
/// <param name="NextTradingDate">The trading date of <paramref name="NextAction"/>.</param>
/// <param name="NextAt">When it is due (KST offset).</param>
/// <param name="LastActions">The most recent actions, newest first.</param>
/// <param name="CalendarRefreshedOn">The KST date of the last successful broker calendar refresh, or null (built-in table only).</param>
/// <param name="BrokerDays">How many broker calendar days the schedule holds.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScheduleStatus")]
public sealed record ScheduleStatus(
    [property: Id(0)] DateTimeOffset Now,
    [property: Id(1)] ScheduleActionKind? NextAction,
    [property: Id(2)] DateOnly? NextTradingDate,
    [property: Id(3)] DateTimeOffset? NextAt,
    [property: Id(4)] ImmutableArray<ScheduleActionView> LastActions,
    [property: Id(5)] DateOnly? CalendarRefreshedOn,
    [property: Id(6)] int BrokerDays);
