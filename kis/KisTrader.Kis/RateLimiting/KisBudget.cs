namespace KisTrader.Kis.RateLimiting;

/// <summary>
/// One app key's REST budget as the permit source sees it. <paramref name="KeyId"/> is a non-secret identifier of the key
/// (never the key itself), so a cluster-wide source can share one budget per key across silos.
/// </summary>
/// <param name="KeyId">Non-secret identifier of the app key.</param>
/// <param name="PermitsPerWindow">Requests KIS accepts per window for this key.</param>
/// <param name="Window">The window KIS counts in (1 s).</param>
/// <param name="SafetyMargin">Extra wait after an answer before its permit counts as free again.</param>
/// <param name="BackoffDelay">Pause of every lane after an EGW00201.</param>
/// <param name="ReducedRateDuration">How long the budget stays lowered after an EGW00201.</param>
/// <param name="ReducedRateFactor">Fraction of the budget used while lowered.</param>
public sealed record KisBudget(
    string KeyId,
    int PermitsPerWindow,
    TimeSpan Window,
    TimeSpan SafetyMargin,
    TimeSpan BackoffDelay,
    TimeSpan ReducedRateDuration,
    decimal ReducedRateFactor);
