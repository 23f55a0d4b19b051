using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Sessions;

/// <summary>
/// The lifecycle of one trading session as pure transitions: which command is allowed in which phase and trading
/// window (<see cref="Decide"/>), where a screen's end leads (<see cref="Finished"/>, <see cref="Failed"/>), and when
/// an activation resumes a screen or may prefetch. The session grain loads its state, asks here, persists and
/// publishes; nothing here reads a clock (<c>now</c> is an argument) or knows about Orleans.
/// </summary>
public sealed class SessionLifecycle(KrxCalendar calendar)
{
    /// <summary>
    /// What a session of <paramref name="date"/> in <paramref name="phase"/> does with <paramref name="command"/> at
    /// <paramref name="now"/>. A person's command is checked in order: the request (who and why), the phase, then the
    /// window — the session's own KST trading day, before its after-hours start, and for a first screen at or after its
    /// regular close (special days shift both through the calendar).
    /// </summary>
    public SessionDecision Decide(DateOnly date, SessionPhase phase, SessionCommand command, SessionRequest? request, DateTimeOffset now)
    {
        if (command == SessionCommand.SystemStart)
        {
            return phase == SessionPhase.Scheduled ? SessionDecision.Start() : SessionDecision.Unchanged(phase);
        }

        // Past the screen (after-hours, holding, closed) the window refuses as it did for a screened session (after-hours
        // began, another day); the phase answers only if the window would not.
        var refusal = RequestRefusal(request) ?? PhaseRefusal(phase, command) ?? WindowRefusal(date, now, fromClose: command == SessionCommand.ManualStart)
            ?? (phase is SessionPhase.AfterHours or SessionPhase.Holding or SessionPhase.Closed ? SessionRefusal.ScreenInUse(phase) : null);
        return refusal is null ? SessionDecision.Start() : SessionDecision.Refuse(phase, refusal);
    }

    /// <summary>The phase after a screen that ended with its ranked list: screened.</summary>
    /// <exception cref="InvalidOperationException">The session was not screening.</exception>
    public static SessionPhase Finished(SessionPhase phase) => phase == SessionPhase.Screening
        ? SessionPhase.Screened
        : throw NotScreening(phase, "finish");

    /// <summary>
    /// The phase after a screen that failed: a failed re-run returns to screened (the earlier screen stays the
    /// session's); a failed first screen returns to scheduled, keeping its finished stages for the next start.
    /// </summary>
    /// <exception cref="InvalidOperationException">The session was not screening.</exception>
    public static SessionPhase Failed(SessionPhase phase, bool hasEarlierScreen) => phase == SessionPhase.Screening
        ? hasEarlierScreen ? SessionPhase.Screened : SessionPhase.Scheduled
        : throw NotScreening(phase, "fail");

    /// <summary>True when a new activation must resume the screen (its silo died mid-screen).</summary>
    public static bool ResumesOnActivation(SessionPhase phase) => phase == SessionPhase.Screening;

    /// <summary>
    /// True when the history prefetch may start: the session is scheduled, nothing runs, and the history is not there yet.
    /// </summary>
    public static bool MayPrefetch(SessionPhase phase, bool running, bool hasHistory) =>
        phase == SessionPhase.Scheduled && !running && !hasHistory;

    /// <summary>How often a session after its after-hours session checks its positions (a background check).</summary>
    public static readonly TimeSpan HoldingCheckEvery = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after the exit day's regular close a position may still settle before the session closes with the alert:
    /// the 15:20 forced exits converted to market at 15:25 execute in the closing auction at 15:30, and their fills
    /// arrive just after it (the close + 5 min is also the schedule's reconciliation checkpoint).
    /// </summary>
    public static readonly TimeSpan CloseGrace = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The cycle after the screen (strategy.md §0): screened → after-hours at the day's after-hours start → at its end
    /// closed when the session has no position left to hold (none, or all settled), else holding → closed on the exit day
    /// (the next trading day) once every position is settled, or <see cref="CloseGrace"/> after that day's regular close (the closing
    /// auction's fills) with the ones not flat
    /// named for an alert. Special days shift every boundary through the calendar. Other phases do not change here.
    /// </summary>
    public SessionStep Advance(DateOnly date, SessionPhase phase, SessionPositions positions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (!calendar.IsTradingDay(date))
        {
            return new SessionStep(phase, false, false, null);
        }

        var day = calendar.Sessions(date);
        return phase switch
        {
            SessionPhase.Screened when now < day.AfterHoursStart => new SessionStep(phase, false, false, day.AfterHoursStart),
            SessionPhase.Screened => Step(phase, SessionPhase.AfterHours, false, Next(now, day.AfterHoursEnd)),
            SessionPhase.AfterHours when now < day.AfterHoursEnd => new SessionStep(phase, false, false, day.AfterHoursEnd),
            SessionPhase.AfterHours when positions.AllSettled => Step(phase, SessionPhase.Closed, false, null),
            SessionPhase.AfterHours => Step(phase, SessionPhase.Holding, false, now + HoldingCheckEvery),
            SessionPhase.Holding => Holding(date, positions, now),
            _ => new SessionStep(phase, false, false, null),
        };
    }

    private SessionStep Holding(DateOnly date, SessionPositions positions, DateTimeOffset now)
    {
        if (positions.AllSettled)
        {
            return Step(SessionPhase.Holding, SessionPhase.Closed, false, null);
        }

        var close = calendar.Sessions(calendar.NextTradingDay(date)).RegularClose + CloseGrace;
        return now >= close
            ? Step(SessionPhase.Holding, SessionPhase.Closed, true, null)
            : new SessionStep(SessionPhase.Holding, false, false, Min(now + HoldingCheckEvery, close));
    }

    // A check right at a boundary that moves on checks the next boundary at once when it has passed too.
    private static DateTimeOffset Next(DateTimeOffset now, DateTimeOffset boundary) => boundary > now ? boundary : now;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static SessionStep Step(SessionPhase from, SessionPhase to, bool notFlat, DateTimeOffset? next) =>
        new(to, from != to, notFlat, next);

    private static SessionRefusal? RequestRefusal(SessionRequest? request)
    {
        if (request is null)
        {
            return SessionRefusal.MissingRequest();
        }

        if (!SessionRequest.IsValid(request.RequestedBy, SessionRequest.MaxRequestedByLength))
        {
            return SessionRefusal.InvalidRequestedBy();
        }

        return SessionRequest.IsValid(request.Reason, SessionRequest.MaxReasonLength) ? null : SessionRefusal.InvalidReason();
    }

    private static SessionRefusal? PhaseRefusal(SessionPhase phase, SessionCommand command) => (phase, command) switch
    {
        (SessionPhase.Screening, _) => SessionRefusal.AlreadyRunning(),
        (SessionPhase.Screened, SessionCommand.ManualStart) => SessionRefusal.AlreadyScreened(),
        (SessionPhase.Scheduled, SessionCommand.Rerun) => SessionRefusal.NotScreened(),
        _ => null,
    };

    private SessionRefusal? WindowRefusal(DateOnly date, DateTimeOffset now, bool fromClose)
    {
        if (!calendar.IsTradingDay(date))
        {
            return SessionRefusal.NotTradingDay(date);
        }

        var today = KrxTime.DateOf(now);
        if (today != date)
        {
            return today < date ? SessionRefusal.NotBegun(date, today) : SessionRefusal.Over(date, today);
        }

        var sessions = calendar.Sessions(date);
        if (fromClose && now < sessions.RegularClose)
        {
            return SessionRefusal.BeforeClose(sessions.RegularClose);
        }

        return now >= sessions.AfterHoursStart ? SessionRefusal.AfterHoursBegan(sessions.AfterHoursStart) : null;
    }

    private static InvalidOperationException NotScreening(SessionPhase phase, string what) =>
        new($"a session {phase.ToString().ToLowerInvariant()} has no screen to {what}");
}
