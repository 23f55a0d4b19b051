using System.Threading.RateLimiting;

namespace KisTrader.Kis.RateLimiting;

/// <summary>
/// Where REST calls get their permits. A permit is held for the whole call: dispose the lease when the answer (or the
/// failure) has arrived, so the source can count KIS's sliding window from the moment the gateway last saw the call.
/// The default <see cref="LocalKisPermitSource"/> serves one process; the cluster replaces it with a source that shares
/// one budget per app key across silos.
/// </summary>
public interface IKisPermitSource
{
    /// <summary>Waits (without spinning) for a permit of <paramref name="budget"/> in <paramref name="lane"/>.</summary>
    ValueTask<RateLimitLease> AcquireAsync(KisBudget budget, KisLane lane, CancellationToken cancellationToken);

    /// <summary>KIS answered EGW00201 for this budget: back off and lower the rate for a while.</summary>
    void ReportRateLimited(KisBudget budget);
}
