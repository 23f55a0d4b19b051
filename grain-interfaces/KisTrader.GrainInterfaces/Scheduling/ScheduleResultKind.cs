namespace KisTrader.GrainInterfaces;

/// <summary>What a schedule action came to (<see cref="ScheduleActionResult.Kind"/>); the fields it fills are named on each value.</summary>
[GenerateSerializer, Alias("KisTrader.ScheduleResultKind")]
public enum ScheduleResultKind
{
    /// <summary>The session was called (prefetch, screen start) and answered: phase, attempt, its last error if any.</summary>
    SessionAnswered = 0,

    /// <summary>The call failed (not marked done: the next wake tries again): the exception's type name.</summary>
    CallFailed = 1,

    /// <summary>The screen was due longer ago than the catch-up window: not started; how late, and the window.</summary>
    TooLate = 2,

    /// <summary>The first wake of this activation found the session still screening (it resumes): phase, attempt, stages done.</summary>
    FoundScreening = 3,

    /// <summary>The screen had failed and was started again within the catch-up window: the session's answer (phase, attempt, last error).</summary>
    RestartedAfterFailure = 4,

    /// <summary>The screen had failed and the catch-up window was over: not started again; the session's last error.</summary>
    NotRestarted = 5,

    /// <summary>The calendar was refreshed from the broker: how many days it answered (from the action's trading date).</summary>
    CalendarRefreshed = 6,

    /// <summary>The calendar refresh failed: the exception's type name and the broker days kept in force.</summary>
    CalendarRefreshFailed = 7,

    /// <summary>The broker gave no calendar within the timeout: the timeout and the broker days kept in force.</summary>
    CalendarRefreshTimedOut = 8,
}
