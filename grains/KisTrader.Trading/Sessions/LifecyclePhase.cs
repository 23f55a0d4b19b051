namespace KisTrader.Trading.Sessions;

/// <summary>
/// The phases of a trading session as the lifecycle rule knows them (strategy.md §0); later issues add after-hours,
/// holding and closed. The wire type (<c>GrainInterfaces.SessionPhase</c>) has the same members in the same order.
/// </summary>
public enum LifecyclePhase
{
    /// <summary>Created, waiting for its screen (the history prefetch may run).</summary>
    Scheduled = 0,

    /// <summary>The funnel is collecting and screening.</summary>
    Screening = 1,

    /// <summary>The screen finished; its result is the session's screen.</summary>
    Screened = 2,
}
