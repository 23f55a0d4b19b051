namespace KisTrader.GrainInterfaces;

/// <summary>What asked for a session's screen.</summary>
[GenerateSerializer, Alias("KisTrader.ScreeningStart")]
public enum ScreeningStart
{
    /// <summary>The 15:30 reminder of the schedule.</summary>
    Schedule = 0,

    /// <summary>A person (API, console).</summary>
    Manual = 1,

    /// <summary>A person's re-run of a screened session (<see cref="ITradingSessionGrain.RerunScreeningAsync"/>).</summary>
    Rerun = 2,
}
