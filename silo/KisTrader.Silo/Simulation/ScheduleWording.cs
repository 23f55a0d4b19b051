using System.Globalization;
using KisTrader.GrainInterfaces;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The people-facing words of what a schedule action came to (<see cref="ScheduleActionView.Result"/>): the schedule grain
/// records typed data; <see cref="EventWording"/> and <see cref="SimulationConsole"/> word it here. Culture-invariant.
/// </summary>
public static class ScheduleWording
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// The outcome of one action, e.g. "session screening, attempt 1". An entry written before typed results shows the
    /// sentence its version wrote (<see cref="ScheduleActionView.LegacyOutcome"/>).
    /// </summary>
    public static string Outcome(ScheduleActionView action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Result is not { } r)
        {
            return action.LegacyOutcome ?? "outcome not recorded";
        }

        return r.Kind switch
        {
            ScheduleResultKind.SessionAnswered => Session(r),
            ScheduleResultKind.CallFailed => $"failed: {r.ErrorType}",
            ScheduleResultKind.TooLate => string.Create(Inv, $"not started: {Minutes(r.Late)} min late (catch-up window {Minutes(r.Limit)} min)"),
            ScheduleResultKind.FoundScreening => string.Create(Inv, $"{Session(r)}, {r.StagesDone} stages done"),
            ScheduleResultKind.RestartedAfterFailure => "restarted after a failure: " + Session(r),
            ScheduleResultKind.NotRestarted => "screen failed; not started again outside the catch-up window" + LastError(r),
            ScheduleResultKind.CalendarRefreshed => string.Create(Inv, $"{r.BrokerDays} broker days from {action.TradingDate:yyyy-MM-dd}"),
            ScheduleResultKind.CalendarRefreshFailed => string.Create(Inv, $"failed ({r.ErrorType}); built-in table and {r.BrokerDays} kept broker days in force"),
            ScheduleResultKind.CalendarRefreshTimedOut => string.Create(Inv, $"failed (no answer within {r.Limit}); built-in table and {r.BrokerDays} kept broker days in force"),
            _ => r.Kind.ToString(),
        };
    }

    private static string Session(ScheduleActionResult r) =>
        string.Create(Inv, $"session {r.Phase?.ToString().ToLowerInvariant() ?? "?"}, attempt {r.Attempt}{LastError(r)}");

    private static string LastError(ScheduleActionResult r) => r.SessionError is null ? "" : ", last error: " + r.SessionError;

    private static string Minutes(TimeSpan? span) => span is { } s ? s.TotalMinutes.ToString("0", Inv) : "?";
}
