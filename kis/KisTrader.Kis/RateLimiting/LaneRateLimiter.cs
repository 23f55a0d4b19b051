using System.Threading.RateLimiting;

namespace KisTrader.Kis.RateLimiting;

/// <summary>
/// One app key's budget with priority lanes, on <see cref="TimeProvider"/>: a fixed capacity of
/// <see cref="KisBudget.PermitsPerWindow"/> counted by a <see cref="LaneQueue"/>. A permit is held for the whole call
/// and, when the lease is disposed, counts for one more window (+ a safety margin), so a burst can never exceed the
/// limit, whatever the latency. Waiters are served highest lane first (FIFO within a lane); waiting is timer-driven,
/// never a spin. After <see cref="ReportRateLimited"/> every lane pauses for the back-off delay and the budget is
/// lowered for a while.
/// </summary>
internal sealed class LaneRateLimiter : PartitionedRateLimiter<KisLane>
{
    private readonly LaneQueue _queue;
    private long _rateLimitedReports;

    public LaneRateLimiter(KisBudget budget, TimeProvider clock) =>
        _queue = new LaneQueue(budget, clock, typeof(LaneRateLimiter), budget.PermitsPerWindow, TimeSpan.MaxValue);

    /// <summary>Permits granted per lane since start.</summary>
    public long Granted(KisLane lane) => _queue.Granted(lane);

    /// <summary>EGW00201 reports received.</summary>
    public long RateLimitedReports => Interlocked.Read(ref _rateLimitedReports);

    /// <summary>The permits per window in effect now (lowered after an EGW00201).</summary>
    public int EffectiveLimit => _queue.EffectiveLimit;

    public void ReportRateLimited()
    {
        Interlocked.Increment(ref _rateLimitedReports);
        lock (_queue.Gate)
        {
            _queue.ReportRateLimitedLocked(_queue.Now());
        }
    }

    public override RateLimiterStatistics? GetStatistics(KisLane resource) => _queue.Statistics(resource);

    protected override RateLimitLease AttemptAcquireCore(KisLane resource, int permitCount) => _queue.TryAcquire(resource, permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(KisLane resource, int permitCount, CancellationToken cancellationToken) =>
        _queue.AcquireAsync(resource, permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _queue.Dispose();
        }
    }
}
