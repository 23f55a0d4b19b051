namespace KisTrader.Grains.Storage;

/// <summary>The journal's names for the states of a trading session (strategy.md §0).</summary>
public enum SessionState
{
    Scheduled,
    Screening,
    Screened,
    AfterHours,
    Holding,
    Closed,

    /// <summary>The session was abandoned (e.g. the day turned out not to be a trading day).</summary>
    Cancelled,
}
