namespace KisTrader.GrainInterfaces;

/// <summary>Why a trading session entered a phase (<see cref="SessionPhaseChanged.Cause"/>; the journal's session-change reason).</summary>
[GenerateSerializer, Alias("KisTrader.SessionChangeCause")]
public enum SessionChangeCause
{
    /// <summary>The session was created (its first journaled change; phase scheduled).</summary>
    Created = 0,

    /// <summary>The schedule (or another in-cluster caller) started its screen.</summary>
    ScheduledStart = 1,

    /// <summary>A person started its screen (<see cref="SessionPhaseChanged.RequestedBy"/>, <see cref="SessionPhaseChanged.RequestReason"/>).</summary>
    ManualStart = 2,

    /// <summary>A person asked for a re-run (<see cref="SessionPhaseChanged.RequestedBy"/>, <see cref="SessionPhaseChanged.RequestReason"/>).</summary>
    Rerun = 3,

    /// <summary>A new activation resumed the screen after its silo stopped mid-screen.</summary>
    Resumed = 4,

    /// <summary>The screen ended with its ranked list (its <see cref="ScreeningFinished"/> follows).</summary>
    ScreenFinished = 5,

    /// <summary>The screen failed; the session is scheduled again with its finished stages kept.</summary>
    ScreenFailed = 6,

    /// <summary>A re-run failed; the earlier screen (<see cref="SessionPhaseChanged.RunId"/>) stays the session's.</summary>
    RerunFailed = 7,

    /// <summary>The day's after-hours session started (screened → after-hours).</summary>
    AfterHoursStarted = 8,

    /// <summary>The after-hours session ended: holding the positions it opened, or closed when there is none to hold.</summary>
    AfterHoursEnded = 9,

    /// <summary>Every position of the session is settled (closed or abandoned): closed.</summary>
    PositionsSettled = 10,

    /// <summary>The exit day's regular close (+ 5 min for the closing auction's fills) passed with positions not flat: closed with an alert naming them.</summary>
    ExitDayClosed = 11,
}
