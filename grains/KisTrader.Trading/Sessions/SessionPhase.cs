namespace KisTrader.Trading.Sessions;

/// <summary>
/// The phases of a trading session (strategy.md §0): the lifecycle rule's type, used as it is by the grain contract,
/// the session's persisted state and the front ends.
/// </summary>
public enum SessionPhase
{
    /// <summary>Created, waiting for its screen (the history prefetch may run).</summary>
    Scheduled = 0,

    /// <summary>The funnel is collecting and screening.</summary>
    Screening = 1,

    /// <summary>The screen finished; its result is the session's screen.</summary>
    Screened = 2,

    /// <summary>The after-hours session (16:00–18:00) of the session's day runs: the board checks and buys.</summary>
    AfterHours = 3,

    /// <summary>After the after-hours session, positions of the session are held until they are flat on the next trading day.</summary>
    Holding = 4,

    /// <summary>Over: every position of the session is flat (closed or abandoned), or the exit day's close passed.</summary>
    Closed = 5,
}
