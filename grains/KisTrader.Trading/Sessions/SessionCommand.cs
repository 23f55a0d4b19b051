namespace KisTrader.Trading.Sessions;

/// <summary>What a session can be asked to do.</summary>
public enum SessionCommand
{
    /// <summary>
    /// The schedule's screen at the close, its restart of a failed screen, or another trusted in-cluster caller: starts a
    /// scheduled session and leaves any other phase as it is; never refused (the schedule chose the instant).
    /// </summary>
    SystemStart = 0,

    /// <summary>A person's manual screen: needs who and why, a scheduled session, and now between the close and the after-hours start.</summary>
    ManualStart = 1,

    /// <summary>A person's re-run of a screened session: needs who and why, and now before the after-hours start.</summary>
    Rerun = 2,
}
