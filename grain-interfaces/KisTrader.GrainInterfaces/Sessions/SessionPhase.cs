namespace KisTrader.GrainInterfaces;

/// <summary>The states of a trading session (strategy.md §0); later issues add after-hours, holding and closed.</summary>
[GenerateSerializer, Alias("KisTrader.SessionPhase")]
public enum SessionPhase
{
    /// <summary>Created, waiting for the 15:30 screen.</summary>
    Scheduled = 0,

    /// <summary>The funnel is collecting and screening.</summary>
    Screening = 1,

    /// <summary>The screen finished; its result is stored.</summary>
    Screened = 2,
}
