namespace KisTrader.GrainInterfaces;

/// <summary>The budget changes worth telling (not every quota sync).</summary>
[GenerateSerializer, Alias("KisTrader.RateBudgetChange")]
public enum RateBudgetChange
{
    /// <summary>A permit source (a silo's KIS client) synced for the first time.</summary>
    HolderJoined = 0,

    /// <summary>A holder was silent beyond its lease and grace: its quota went back to the pool.</summary>
    HolderReclaimed = 1,

    /// <summary>KIS answered EGW00201 (rate exceeded): every silo pauses.</summary>
    Paused = 2,

    /// <summary>The grain reactivated with quota still out (its silo died): no new quota until the old leases lapsed.</summary>
    Recovering = 3,
}
