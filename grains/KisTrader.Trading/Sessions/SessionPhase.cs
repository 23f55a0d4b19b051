namespace KisTrader.Trading.Sessions;

/// <summary>
/// The phases of a trading session (strategy.md §0): the lifecycle rule's type, used as it is by the grain contract,
/// the session's persisted state and the front ends; later issues add after-hours, holding and closed.
/// </summary>
public enum SessionPhase
{
    /// <summary>Created, waiting for its screen (the history prefetch may run).</summary>
    Scheduled = 0,

    /// <summary>The funnel is collecting and screening.</summary>
    Screening = 1,

    /// <summary>The screen finished; its result is the session's screen.</summary>
    Screened = 2,
}
