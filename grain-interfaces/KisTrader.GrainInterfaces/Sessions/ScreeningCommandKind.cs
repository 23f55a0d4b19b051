namespace KisTrader.GrainInterfaces;

/// <summary>What a person asked a session for.</summary>
[GenerateSerializer, Alias("KisTrader.ScreeningCommandKind")]
public enum ScreeningCommandKind
{
    /// <summary>Start the day's screen now (<see cref="ITradingSessionGrain.StartManualScreeningAsync"/>).</summary>
    Start = 0,

    /// <summary>Screen a screened session again (<see cref="ITradingSessionGrain.RerunScreeningAsync"/>).</summary>
    Rerun = 1,
}
