using System.Threading.RateLimiting;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// A <see cref="RateLimiter"/> over a <see cref="TimeProvider"/>: at most <c>limit</c> permits per window, measured as an
/// exact sliding log (the last <c>limit</c> grant instants in a ring) or as aligned fixed windows. The built-in window
/// limiters of System.Threading.RateLimiting replenish on the Stopwatch, so they cannot follow a simulated or test clock.
/// No queueing: a request over the limit is rejected at once (KIS answers EGW00201, it does not wait).
/// </summary>
internal sealed class TimeWindowRateLimiter : RateLimiter
{
    private readonly int _limit;
    private readonly long _windowTicks;
    private readonly RateLimitAlgorithm _algorithm;
    private readonly TimeProvider _clock;
    private readonly long[] _grants;
    private readonly Lock _gate = new();
    private int _next;
    private int _count;
    private long _fixedWindow = long.MinValue;
    private long _lastGrantTicks = long.MinValue;
    private long _successful;
    private long _failed;

    public TimeWindowRateLimiter(int limit, TimeSpan window, RateLimitAlgorithm algorithm, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _limit = limit;
        _windowTicks = window.Ticks;
        _algorithm = algorithm;
        _clock = clock;
        _grants = algorithm == RateLimitAlgorithm.SlidingLog ? new long[limit] : [];
    }

    /// <summary>How long until a permit frees up (for the RetryAfter lease metadata); zero when one is free.</summary>
    public TimeSpan RetryAfter
    {
        get
        {
            lock (_gate)
            {
                return TimeSpan.FromTicks(Math.Max(0, WaitTicksLocked(_clock.GetUtcNow().UtcTicks)));
            }
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = _clock.GetUtcNow().UtcTicks;
                return _lastGrantTicks == long.MinValue || now - _lastGrantTicks >= _windowTicks
                    ? TimeSpan.FromTicks(_lastGrantTicks == long.MinValue ? 0 : now - _lastGrantTicks)
                    : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow().UtcTicks;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _limit - InWindowLocked(now),
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        lock (_gate)
        {
            var now = _clock.GetUtcNow().UtcTicks;
            if (permitCount == 0)
            {
                return InWindowLocked(now) < _limit ? Lease.Granted : Rejected(now);
            }

            if (InWindowLocked(now) + permitCount > _limit)
            {
                _failed++;
                return Rejected(now);
            }

            for (var i = 0; i < permitCount; i++)
            {
                GrantLocked(now);
            }

            _successful++;
            return Lease.Granted;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Grants held in the window ending at <paramref name="now"/>.</summary>
    private int InWindowLocked(long now)
    {
        if (_algorithm == RateLimitAlgorithm.FixedWindow)
        {
            return FloorDiv(now, _windowTicks) == _fixedWindow ? _count : 0;
        }

        // The ring holds the last `_count` grant instants, oldest at _next (when full). A grant leaves the window once
        // now − grant ≥ window, so a request exactly one window after a grant is allowed again.
        var held = 0;
        for (var i = 0; i < _count; i++)
        {
            if (now - _grants[i] < _windowTicks)
            {
                held++;
            }
        }

        return held;
    }

    private void GrantLocked(long now)
    {
        _lastGrantTicks = now;
        if (_algorithm == RateLimitAlgorithm.FixedWindow)
        {
            var window = FloorDiv(now, _windowTicks);
            if (window != _fixedWindow)
            {
                _fixedWindow = window;
                _count = 0;
            }

            _count++;
            return;
        }

        _grants[_next] = now;
        _next = (_next + 1) % _limit;
        _count = Math.Min(_count + 1, _limit);
    }

    private long WaitTicksLocked(long now)
    {
        if (InWindowLocked(now) < _limit)
        {
            return 0;
        }

        if (_algorithm == RateLimitAlgorithm.FixedWindow)
        {
            return ((_fixedWindow + 1) * _windowTicks) - now;
        }

        // Full ring: the oldest grant is at _next; it leaves the window at grant + window.
        return _grants[_next] + _windowTicks - now;
    }

    private Lease Rejected(long now) => new(false, TimeSpan.FromTicks(Math.Max(0, WaitTicksLocked(now))));

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : ((a + 1) / b) - 1;

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } value && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = value;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
