namespace KisTrader.GrainInterfaces;

/// <summary>What asked for a session's screen.</summary>
[GenerateSerializer, Alias("KisTrader.ScreeningStart")]
public enum ScreeningStart
{
    /// <summary>The 15:30 reminder of the schedule.</summary>
    Schedule = 0,

    /// <summary>A person (API, console).</summary>
    Manual = 1,
}
