using System.Threading.RateLimiting;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.RateLimiting;

namespace KisTrader.Grains.Kis;

/// <summary>
/// One silo's share of a cluster budget, with the KIS client's lane rules (the same counting as the client's own
/// limiter): a permit is held for the whole call and cools for a window (+ margin) after it; waiters are served highest
/// lane first, FIFO within a lane; waiting is timer-driven on <see cref="TimeProvider"/>. What differs is the capacity:
/// the quota leased from <see cref="IRateBudgetGrain"/>, usable only up to the grain's target and only while the lease
/// is valid. Above the target, quota is given back (at the next sync) as permits cool.
/// </summary>
internal sealed class LeasedLaneLimiter : IDisposable
{
    private static readonly int LaneCount = Enum.GetValues<KisLane>().Length;
    private readonly KisBudget _budget;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly Queue<Waiter>[] _waiters;
    private readonly Queue<TimeSpan> _cooling = new();
    private readonly ITimer _timer;
    private readonly long _origin;
    private int _inFlight;
    private int _quota;
    private int _target;
    private TimeSpan _leaseUntil;
    private TimeSpan _pausedUntil;
    private TimeSpan _reducedUntil;
    private int _reducedLimit;
    private int _rateLimitedReports;
    private TimeSpan _timerDue = TimeSpan.MaxValue;
    private TaskCompletionSource _starved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    public LeasedLaneLimiter(KisBudget budget, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget.PermitsPerWindow, 1);
        _budget = budget;
        _clock = clock;
        _waiters = [.. Enumerable.Range(0, LaneCount).Select(_ => new Queue<Waiter>())];
        _origin = clock.GetTimestamp();
        _timer = clock.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public KisBudget Budget => _budget;

    /// <summary>Completes when a caller waits and no permit is free (time to ask the grain early).</summary>
    public Task Starved
    {
        get
        {
            lock (_gate)
            {
                return _starved.Task;
            }
        }
    }

    /// <summary>Whether the grain must hear from us: we hold quota, use permits or have callers waiting.</summary>
    public bool NeedsSync
    {
        get
        {
            lock (_gate)
            {
                PurgeLocked(Now());
                return _quota > 0 || _inFlight + _cooling.Count > 0 || AnyWaiterLocked() || _rateLimitedReports > 0;
            }
        }
    }

    public ValueTask<RateLimitLease> AcquireAsync(KisLane lane, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = Now();
            PurgeLocked(now);
            if (AvailableLocked(now) > 0 && !HigherOrEqualWaitingLocked(lane))
            {
                return ValueTask.FromResult<RateLimitLease>(GrantLocked());
            }

            waiter = new Waiter();
            _waiters[(int)lane].Enqueue(waiter);
            if (GrainCanHelpLocked(now))
            {
                _starved.TrySetResult();
            }

            ArmTimerLocked(now);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(static (state, token) => ((Waiter)state!).Completion.TrySetCanceled(token), waiter);
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    public void ReportRateLimited()
    {
        lock (_gate)
        {
            var now = Now();
            _rateLimitedReports++;
            if (now >= _pausedUntil)
            {
                // One step down per back-off, as in the client's own limiter.
                _reducedLimit = Math.Max(1, (int)Math.Floor(CapLocked(now) * _budget.ReducedRateFactor));
            }

            _pausedUntil = Max(_pausedUntil, now + _budget.BackoffDelay);
            _reducedUntil = Max(_reducedUntil, now + _budget.ReducedRateDuration);
            _starved.TrySetResult();
            PumpLocked(now);
        }
    }

    /// <summary>Gives back quota above max(target, in use) and describes our position for the grain.</summary>
    public RateBudgetReport BeginSync(string holderId, out TimeSpan sentAt)
    {
        lock (_gate)
        {
            var now = Now();
            sentAt = now;
            PurgeLocked(now);
            var inUse = _inFlight + _cooling.Count;
            var target = now < _leaseUntil ? _target : 0;
            _quota = Math.Min(_quota, Math.Max(target, inUse));
            var waiting = _waiters.Sum(q => q.Count(w => !w.Completion.Task.IsCompleted));
            int? bestLane = null;
            for (var lane = 0; lane < LaneCount && bestLane is null; lane++)
            {
                if (_waiters[lane].Any(w => !w.Completion.Task.IsCompleted))
                {
                    bestLane = lane;
                }
            }

            var reports = _rateLimitedReports;
            _rateLimitedReports = 0;
            if (_starved.Task.IsCompleted)
            {
                _starved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            var wanted = (int)Math.Min(_budget.PermitsPerWindow, (long)inUse + waiting);
            return new RateBudgetReport(holderId, _budget.PermitsPerWindow, _quota, wanted, bestLane, reports, _budget.BackoffDelay);
        }
    }

    /// <summary>Applies the grain's answer to the sync begun at <paramref name="sentAt"/>.</summary>
    public void EndSync(TimeSpan sentAt, RateBudgetGrant grant)
    {
        lock (_gate)
        {
            var now = Now();
            _quota = Math.Max(_quota, grant.Quota);
            _target = grant.Target;
            _leaseUntil = sentAt + grant.LeaseDuration;
            if (grant.PauseFor > TimeSpan.Zero)
            {
                _pausedUntil = Max(_pausedUntil, now + grant.PauseFor);
            }

            PumpLocked(now);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var queue in _waiters)
            {
                while (queue.TryDequeue(out var waiter))
                {
                    waiter.Completion.TrySetException(new ObjectDisposedException(nameof(LeasedLaneLimiter)));
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

                var lease = GrantLocked();
                if (!waiter.Completion.TrySetResult(lease))
                {
                    _inFlight--; // cancelled between the check and the grant: the permit was never used
                }

                waiter.Registration.Dispose();
            }

            if (queue.Count > 0)
            {
                break;
            }
        }

        if (AnyWaiterLocked() && AvailableLocked(now) == 0 && GrainCanHelpLocked(now))
        {
            _starved.TrySetResult();
        }

        ArmTimerLocked(now);
    }

    private void ArmTimerLocked(TimeSpan now)
    {
        if (!AnyWaiterLocked())
        {
            return;
        }

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

    /// <summary>Whether asking the grain before the regular sync could give us more: no lease, no quota, or quota below target.</summary>
    private bool GrainCanHelpLocked(TimeSpan now) => now >= _leaseUntil || _quota == 0 || _target > _quota;

    private bool AnyWaiterLocked() => _waiters.Any(q => q.Count > 0);

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

    private Lease GrantLocked()
    {
        _inFlight++;
        return new Lease(this);
    }

    private void PurgeLocked(TimeSpan now)
    {
        while (_cooling.Count > 0 && _cooling.Peek() <= now)
        {
            _cooling.Dequeue();
        }
    }

    /// <summary>Permits we may use: our quota, but no more than our target, nothing without a valid lease or while paused.</summary>
    private int CapLocked(TimeSpan now)
    {
        if (now >= _leaseUntil)
        {
            return 0;
        }

        var cap = Math.Min(_quota, _target);
        return now < _reducedUntil ? Math.Min(cap, _reducedLimit) : cap;
    }

    private int AvailableLocked(TimeSpan now) => now < _pausedUntil ? 0 : Math.Max(0, CapLocked(now) - _inFlight - _cooling.Count);

    private TimeSpan Now() => _clock.GetElapsedTime(_origin);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Waiter
    {
        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(LeasedLaneLimiter owner) : RateLimitLease
    {
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
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release();
            }
        }
    }
}
