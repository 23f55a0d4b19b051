namespace KisTrader.GrainInterfaces;

/// <summary>
/// One app key's REST budget for the whole cluster (key: <see cref="GrainKeys.RateBudget"/>). Each silo's permit source
/// holds a quota of the per-window limit and syncs with this grain: it reports what it holds, uses and wants, and gets
/// back a fair target and whatever of the unallocated budget brings it towards that target. A silo gives quota back only
/// once it is free on its side, so the quotas never add up to more than the limit and all silos together never exceed it.
/// Priority lanes are served inside each silo; across silos, holders waiting in a higher lane are served first.
/// </summary>
[Alias("KisTrader.IRateBudgetGrain")]
public interface IRateBudgetGrain : IGrainWithStringKey
{
    /// <summary>Reports a holder's position and returns its new quota, target and lease.</summary>
    [Alias("Sync")]
    Task<RateBudgetGrant> SyncAsync(RateBudgetReport report);

    /// <summary>The holders and their quotas (dashboard, tests).</summary>
    [Alias("GetStatus")]
    ValueTask<RateBudgetStatus> GetStatusAsync();
}
