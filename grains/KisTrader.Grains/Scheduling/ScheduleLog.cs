using KisTrader.GrainInterfaces;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Scheduling;

/// <summary>Schedule log messages (EventIds 1300–1319).</summary>
internal static partial class ScheduleLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Schedule: {Kind} for {Date} (due {DueAt:yyyy-MM-dd HH:mm:ss} KST): {Result}")]
    public static partial void ActionTaken(this ILogger logger, ScheduleActionKind kind, DateOnly date, DateTimeOffset dueAt, ScheduleActionResult result);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Schedule: the screen of {Date} was due at {DueAt:HH:mm:ss} KST, {Late} ago, beyond the catch-up window {Window}; not started")]
    public static partial void ScreenMissed(this ILogger logger, DateOnly date, DateTimeOffset dueAt, TimeSpan late, TimeSpan window);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Schedule: {Kind} for {Date} failed; retried on the next wake")]
    public static partial void ActionFailed(this ILogger logger, Exception exception, ScheduleActionKind kind, DateOnly date);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Schedule: calendar refreshed from the broker, {Days} days from {From}")]
    public static partial void CalendarRefreshed(this ILogger logger, int days, DateOnly from);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Schedule: calendar refresh from the broker failed ({Failure}); using the built-in table and {Kept} kept broker days until tomorrow")]
    public static partial void CalendarRefreshFailed(this ILogger logger, Exception exception, ScheduleResultKind failure, int kept);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "Schedule: reminder registered, first wake at {FirstWake:yyyy-MM-dd HH:mm:ss} KST, every {Period}")]
    public static partial void ReminderRegistered(this ILogger logger, DateTimeOffset firstWake, TimeSpan period);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Warning, Message = "Schedule: could not start the schedule (attempt {Attempt}: {Error}); no screen will run until the schedule starts; trying again in {Delay}")]
    public static partial void StartFailed(this ILogger logger, Exception exception, int attempt, string error, TimeSpan delay);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Warning, Message = "Schedule: the session of {Date} is back to scheduled after a failed screen ({Error}); {Action}")]
    public static partial void SessionFailed(this ILogger logger, DateOnly date, string error, string action);

    [LoggerMessage(EventId = 1308, Level = LogLevel.Information, Message = "Schedule: reconciliation due {DueAt:O} started (account configured: {Configured})")]
    public static partial void ReconcileStarted(this ILogger logger, DateTimeOffset dueAt, bool configured);

    [LoggerMessage(EventId = 1309, Level = LogLevel.Information, Message = "Schedule: started on this silo ({Failures} failed attempts before)")]
    public static partial void Started(this ILogger logger, int failures);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning, Message = "Schedule: the silo stopped before the schedule started ({Error}, {Failures} failed attempts)")]
    public static partial void StartAbandoned(this ILogger logger, string error, int failures);
}
