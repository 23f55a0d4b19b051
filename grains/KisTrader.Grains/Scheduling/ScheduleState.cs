using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Scheduling;

/// <summary>The persisted state of <see cref="ScheduleGrain"/>: what was done per day, the broker's calendar days, recent actions.</summary>
[GenerateSerializer, Alias("KisTrader.ScheduleState")]
public sealed class ScheduleState
{
    /// <summary>The last trading date whose prefetch was started.</summary>
    [Id(0)] public DateOnly? LastPrefetchDate { get; set; }

    /// <summary>The last trading date whose screen was started or given up as missed.</summary>
    [Id(1)] public DateOnly? LastScreenDate { get; set; }

    /// <summary>A session whose screen the schedule started and has not yet seen finish (woken each tick so it resumes).</summary>
    [Id(2)] public DateOnly? WatchedSession { get; set; }

    /// <summary>The KST date of the last calendar refresh attempt (at most one a day, success or not).</summary>
    [Id(3)] public DateOnly? CalendarAttemptOn { get; set; }

    /// <summary>The KST date of the last successful calendar refresh.</summary>
    [Id(4)] public DateOnly? CalendarRefreshedOn { get; set; }

    /// <summary>The broker's calendar days (override the built-in table through <c>KrxCalendar.WithBrokerDays</c>).</summary>
    [Id(5)] public List<ScheduleBrokerDay> BrokerDays { get; set; } = [];

    /// <summary>Recent actions, newest first.</summary>
    [Id(6)] public List<ScheduleActionView> History { get; set; } = [];

    /// <summary>The due instant of the last reconciliation started (<see cref="SchedulePlanner.PlanReconciliation"/>).</summary>
    [Id(7)] public DateTimeOffset? LastReconcileDueAt { get; set; }
}
