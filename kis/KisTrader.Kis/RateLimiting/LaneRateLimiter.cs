using System.Threading.RateLimiting;

namespace KisTrader.Kis.RateLimiting;

/// <summary>
/// One app key's budget with priority lanes, on <see cref="TimeProvider"/> (the built-in window limiters run on the
/// Stopwatch and cannot follow a test clock). KIS counts a sliding window on its side, from when the gateway receives
/// a call. We cannot see that instant, but it lies before we receive the answer; so a permit is held for the whole call
/// and, when the lease is disposed, counts for one more window (+ a safety margin). With N permits, any N+1 calls
/// reach the gateway at least one window apart — a burst can never exceed the limit, whatever the latency.
/// Waiters are served highest lane first (FIFO within a lane); waiting is timer-driven, never a spin.
/// After <see cref="ReportRateLimited"/> every lane pauses for the back-off delay and the budget is lowered for a while.
/// </summary>
internal sealed class LaneRateLimiter : PartitionedRateLimiter<KisLane>
{
    private static readonly int LaneCount = Enum.GetValues<KisLane>().Length;
    private readonly KisBudget _budget;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly Queue<Waiter>[] _waiters;
    private readonly Queue<TimeSpan> _cooling = new();
    private readonly ITimer _timer;
    private readonly long[] _granted;
    private readonly long _origin;
    private int _inFlight;
    private TimeSpan _pausedUntil;
    private TimeSpan _reducedUntil;
    private int _reducedLimit;
    private TimeSpan _timerDue = TimeSpan.MaxValue;
    private long _rateLimitedReports;
    private bool _disposed;

    public LaneRateLimiter(KisBudget budget, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget.PermitsPerWindow, 1);
        _budget = budget;
        _clock = clock;
        _waiters = [.. Enumerable.Range(0, LaneCount).Select(_ => new Queue<Waiter>())];
        _granted = new long[LaneCount];
        _origin = clock.GetTimestamp();
        _timer = clock.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Permits granted per lane since start.</summary>
    public long Granted(KisLane lane)
    {
        lock (_gate)
        {
            return _granted[(int)lane];
        }
    }

    /// <summary>EGW00201 reports received.</summary>
    public long RateLimitedReports => Interlocked.Read(ref _rateLimitedReports);

    /// <summary>The permits per window in effect now (lowered after an EGW00201).</summary>
    public int EffectiveLimit
    {
        get
        {
            lock (_gate)
            {
                return EffectiveLimitLocked(Now());
            }
        }
    }

    public void ReportRateLimited()
    {
        Interlocked.Increment(ref _rateLimitedReports);
        lock (_gate)
        {
            var now = Now();
            if (now >= _pausedUntil)
            {
                // One step down per back-off: several calls in flight can report the same overrun, which must not
                // collapse the budget. Steps compound while the budget is still lowered (a key shared with another
                // program can need more than one).
                _reducedLimit = Math.Max(1, (int)Math.Floor(EffectiveLimitLocked(now) * _budget.ReducedRateFactor));
            }

            _pausedUntil = Max(_pausedUntil, now + _budget.BackoffDelay);
            _reducedUntil = Max(_reducedUntil, now + _budget.ReducedRateDuration);
            PumpLocked(now);
        }
    }

    public override RateLimiterStatistics? GetStatistics(KisLane resource)
    {
        lock (_gate)
        {
            var now = Now();
            PurgeLocked(now);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = AvailableLocked(now),
                CurrentQueuedCount = _waiters[(int)resource].Count,
                TotalSuccessfulLeases = _granted[(int)resource],
                TotalFailedLeases = 0,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(KisLane resource, int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = Now();
            PurgeLocked(now);
            if (AvailableLocked(now) > 0 && !HigherOrEqualWaitingLocked(resource))
            {
                return permitCount == 0 ? Lease.Free : GrantLocked(resource);
            }

            return Lease.Refused;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(KisLane resource, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = Now();
            PurgeLocked(now);
            if (AvailableLocked(now) > 0 && !HigherOrEqualWaitingLocked(resource))
            {
                return ValueTask.FromResult<RateLimitLease>(permitCount == 0 ? Lease.Free : GrantLocked(resource));
            }

            waiter = new Waiter(resource);
            _waiters[(int)resource].Enqueue(waiter);
            ArmTimerLocked(now);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(static (state, token) =>
            {
                var w = (Waiter)state!;
                w.Completion.TrySetCanceled(token);
            }, waiter);
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        lock (_gate)
        {
            _disposed = true;
            foreach (var queue in _waiters)
            {
                while (queue.TryDequeue(out var waiter))
                {
                    waiter.Completion.TrySetException(new ObjectDisposedException(nameof(LaneRateLimiter)));
                }
            }
        }

        _timer.Dispose();
    }

    private void Release()
    {
        lock (_gate)
        {
            var now = Now();
            _inFlight--;
            _cooling.Enqueue(now + _budget.Window + _budget.SafetyMargin);
            PumpLocked(now);
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            _timerDue = TimeSpan.MaxValue;
            if (!_disposed)
            {
                PumpLocked(Now());
            }
        }
    }

    /// <summary>Grants waiters, best lane first, while permits are free; then arms the timer for the next free permit.</summary>
    private void PumpLocked(TimeSpan now)
    {
        PurgeLocked(now);
        for (var lane = 0; lane < LaneCount; lane++)
        {
            var queue = _waiters[lane];
            while (queue.Count > 0 && AvailableLocked(now) > 0)
            {
                var waiter = queue.Dequeue();
                if (waiter.Completion.Task.IsCompleted)
                {
                    continue; // cancelled while waiting
                }

                var lease = GrantLocked(waiter.Lane);
                if (!waiter.Completion.TrySetResult(lease))
                {
                    // Cancelled between the check and the grant: give the permit back untouched.
                    _inFlight--;
                    _granted[lane]--;
                }

                waiter.Registration.Dispose();
            }

            if (queue.Count > 0)
            {
                break;
            }
        }

        ArmTimerLocked(now);
    }

    private void ArmTimerLocked(TimeSpan now)
    {
        if (!AnyWaiterLocked())
        {
            return;
        }

        // Next instant something can change without a release: a cooling permit frees up, or the pause ends.
        var due = TimeSpan.MaxValue;
        if (now < _pausedUntil)
        {
            due = _pausedUntil;
        }
        else if (_cooling.Count > 0)
        {
            due = _cooling.Peek();
        }
        else if (now < _reducedUntil)
        {
            due = _reducedUntil;
        }

        if (due == TimeSpan.MaxValue || due >= _timerDue)
        {
            return;
        }

        _timerDue = due;
        var wait = due - now;
        _timer.Change(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, Timeout.InfiniteTimeSpan);
    }

    private bool AnyWaiterLocked()
    {
        foreach (var queue in _waiters)
        {
            if (queue.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool HigherOrEqualWaitingLocked(KisLane lane)
    {
        for (var i = 0; i <= (int)lane; i++)
        {
            if (_waiters[i].Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private Lease GrantLocked(KisLane lane)
    {
        _inFlight++;
        _granted[(int)lane]++;
        return new Lease(this);
    }

    private void PurgeLocked(TimeSpan now)
    {
        while (_cooling.Count > 0 && _cooling.Peek() <= now)
        {
            _cooling.Dequeue();
        }
    }

    private int AvailableLocked(TimeSpan now) =>
        now < _pausedUntil ? 0 : Math.Max(0, EffectiveLimitLocked(now) - _inFlight - _cooling.Count);

    private int EffectiveLimitLocked(TimeSpan now) => now < _reducedUntil ? _reducedLimit : _budget.PermitsPerWindow;

    /// <summary>Time since this limiter started: small numbers, so the timestamp conversion stays exact.</summary>
    private TimeSpan Now() => _clock.GetElapsedTime(_origin);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Waiter(KisLane lane)
    {
        public KisLane Lane { get; } = lane;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(LaneRateLimiter? owner) : RateLimitLease
    {
        public static readonly Lease Free = new(null);

        public static readonly RateLimitLease Refused = new RefusedLease();

        private int _released;

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (owner is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release();
            }
        }
    }

    private sealed class RefusedLease : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
