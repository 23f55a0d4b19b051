namespace KisTrader.Grains.Kis;

/// <summary>
/// Persisted part of <see cref="RateBudgetGrain"/>: only whether quota was out. Quotas themselves live in memory (they
/// change several times a second); after a crash the grain waits until every quota handed out before must have lapsed.
/// </summary>
[GenerateSerializer, Alias("KisTrader.RateBudgetState")]
internal sealed class RateBudgetState
{
    [Id(0)]
    public bool QuotaOutstanding { get; set; }
}
