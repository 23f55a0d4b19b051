namespace KisTrader.GrainInterfaces;

/// <summary>The budget grain's answer to a sync.</summary>
/// <param name="Quota">The quota the holder now holds (never below what it reported).</param>
/// <param name="Target">Its fair share now; above it, the holder gives back quota as its permits become free.</param>
/// <param name="LeaseDuration">How long the quota may be used from the moment the sync was sent without another sync.</param>
/// <param name="PauseFor">Pause every lane this long (another silo saw an EGW00201); zero for none.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.RateBudgetGrant")]
public sealed record RateBudgetGrant(
    [property: Id(0)] int Quota,
    [property: Id(1)] int Target,
    [property: Id(2)] TimeSpan LeaseDuration,
    [property: Id(3)] TimeSpan PauseFor);
