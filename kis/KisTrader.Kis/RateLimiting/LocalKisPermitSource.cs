using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace KisTrader.Kis.RateLimiting;

/// <summary>The in-process permit source: one <see cref="LaneRateLimiter"/> per app key, on the injected clock.</summary>
public sealed class LocalKisPermitSource(TimeProvider clock) : IKisPermitSource, IDisposable
{
    private readonly ConcurrentDictionary<string, LaneRateLimiter> _limiters = new(StringComparer.Ordinal);

    public ValueTask<RateLimitLease> AcquireAsync(KisBudget budget, KisLane lane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return For(budget).AcquireAsync(lane, 1, cancellationToken);
    }

    public void ReportRateLimited(KisBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        For(budget).ReportRateLimited();
    }

    /// <summary>The limiter of a budget (tests and benchmarks read its statistics).</summary>
    internal LaneRateLimiter For(KisBudget budget) => _limiters.GetOrAdd(budget.KeyId, static (_, s) => new LaneRateLimiter(s.budget, s.clock), (budget, clock));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }

        _limiters.Clear();
    }
}
