namespace KisTrader.GrainInterfaces;

/// <summary>The kill switch (issue 10 "Safety"): survives restarts; every change journaled with who and why.</summary>
[GenerateSerializer, Alias("KisTrader.KillSwitchMode")]
public enum KillSwitchMode
{
    /// <summary>Trading as configured.</summary>
    Active = 0,

    /// <summary>No new entries; open buys cancelled. Exits continue.</summary>
    EntriesHalted = 1,

    /// <summary>No new entries; every position sold at the first session the broker accepts.</summary>
    Flattening = 2,
}
