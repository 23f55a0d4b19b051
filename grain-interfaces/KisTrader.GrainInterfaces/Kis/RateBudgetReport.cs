namespace KisTrader.GrainInterfaces;

/// <summary>What a silo's permit source tells the budget grain on each sync.</summary>
/// <param name="HolderId">The permit source instance (unique per process start).</param>
/// <param name="PermitsPerWindow">The limit its configuration gives the key (the grain uses the smallest reported).</param>
/// <param name="Held">The quota it holds now (already reduced to what it still uses when above its target).</param>
/// <param name="Wanted">Permits it could use now: in use or cooling plus waiting callers, capped at the limit.</param>
/// <param name="BestWaitingLane">Highest-priority lane with waiting callers (0 = orders), or null when none waits.</param>
/// <param name="RateLimitedReports">EGW00201 answers it saw since its previous sync.</param>
/// <param name="BackoffDelay">Its configured pause after an EGW00201 (the grain pauses every holder that long).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.RateBudgetReport")]
public sealed record RateBudgetReport(
    [property: Id(0)] string HolderId,
    [property: Id(1)] int PermitsPerWindow,
    [property: Id(2)] int Held,
    [property: Id(3)] int Wanted,
    [property: Id(4)] int? BestWaitingLane,
    [property: Id(5)] int RateLimitedReports,
    [property: Id(6)] TimeSpan BackoffDelay);
