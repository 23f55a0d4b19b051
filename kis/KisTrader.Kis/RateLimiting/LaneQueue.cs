using System.Threading.RateLimiting;
using KisTrader.Kis.Work;

namespace KisTrader.Kis.RateLimiting;

/// <summary>
/// The counting core of the lane limiters, on <see cref="TimeProvider"/> (the built-in window limiters run on the
/// Stopwatch and cannot follow a test clock): the client's own <see cref="LaneRateLimiter"/> and the cluster's leased
/// limiter in KisTrader.Grains both count with it, so that the two cannot drift apart. It is public for that reason:
/// a host that shares one app key's budget across processes builds its own <see cref="IKisPermitSource"/> on it, giving
/// it a capacity (<see cref="SetCapacityLocked"/>) leased from wherever the shared budget is kept.
/// KIS counts a sliding window on its side, from when the gateway receives a call. We cannot see that instant, but it
/// lies before we receive the answer; so a permit is held for the whole call and, when the lease is disposed, counts
/// for one more window (+ a safety margin). With N permits, any N+1 calls reach the gateway at least one window apart.
/// Waiters are served highest lane first (FIFO within a lane); waiting is timer-driven, never a spin. After an EGW00201
/// (<see cref="ReportRateLimitedLocked"/>) every lane pauses for the back-off delay and the capacity is lowered for a while.
/// A caller that has to wait inside a <see cref="WorkScope"/> suspends it while it waits, and the grant resumes it in the
/// same step (under the gate, inside the timer's callback at a permit's cooling instant): on a simulated clock, time
/// passes while work waits for a permit and stops again at the very instant the permit is given.
/// The capacity is adjustable (<see cref="SetCapacityLocked"/>): a fixed budget, or a quota leased until an instant.
/// Members named <c>…Locked</c> must be called holding <see cref="Gate"/>, so that an owner can change its own state
/// and the queue's in one step; the others take the gate themselves.
/// </summary>
public sealed class LaneQueue : IDisposable
{
    private static readonly int LaneCount = Enum.GetValues<KisLane>().Length;
    private readonly KisBudget _budget;
    private readonly TimeProvider _clock;
    private readonly Type _owner;
    private readonly Action<TimeSpan>? _waiting;
    private readonly Queue<Waiter>[] _waiters;
    private readonly Queue<TimeSpan> _cooling = new();
    private readonly ITimer _timer;
    private readonly long[] _granted;
    private readonly long _origin;
    private int _capacity;
    private TimeSpan _capacityUntil;
    private int _inFlight;
    private TimeSpan _pausedUntil;
    private TimeSpan _reducedUntil;
    private int _reducedLimit;
    private TimeSpan _timerDue = TimeSpan.MaxValue;
    private bool _disposed;

    /// <summary>A queue for one app key's budget, with no permit in use and no caller waiting.</summary>
    /// <param name="budget">Window, safety margin and EGW00201 reaction; <see cref="KisBudget.PermitsPerWindow"/> must be at least 1.</param>
    /// <param name="clock">The clock every instant is read from and every wait is timed on.</param>
    /// <param name="owner">The limiter this queue counts for, named in <see cref="ObjectDisposedException"/>s.</param>
    /// <param name="capacity">Permits usable (in flight + cooling) before any lowering after an EGW00201.</param>
    /// <param name="capacityUntil">From this instant (see <see cref="Now"/>) the capacity is 0; <see cref="TimeSpan.MaxValue"/> for never.</param>
    /// <param name="waiting">
    /// Called holding <see cref="Gate"/> with the current instant whenever a caller has to wait: right after it was
    /// queued, and after a pump that left callers queued with no permit free.
    /// </param>
    public LaneQueue(KisBudget budget, TimeProvider clock, Type owner, int capacity, TimeSpan capacityUntil, Action<TimeSpan>? waiting = null)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget.PermitsPerWindow, 1);
        _budget = budget;
        _clock = clock;
        _owner = owner;
        _capacity = capacity;
        _capacityUntil = capacityUntil;
        _waiting = waiting;
        _waiters = [.. Enumerable.Range(0, LaneCount).Select(_ => new Queue<Waiter>())];
        _granted = new long[LaneCount];
        _origin = clock.GetTimestamp();
        _timer = clock.CreateTimer(_ => OnTimer(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The lock guarding the queue; hold it to call the <c>…Locked</c> members.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The permits per window in effect now (the capacity, lowered after an EGW00201, 0 once it lapsed).</summary>
    public int EffectiveLimit
    {
        get
        {
            lock (Gate)
            {
                return EffectiveLimitLocked(Now());
            }
        }
    }

    /// <summary>Permits granted in a lane since start.</summary>
    public long Granted(KisLane lane)
    {
        lock (Gate)
        {
            return _granted[(int)lane];
        }
    }

    /// <summary>Free permits, waiters of the lane and permits granted in it.</summary>
    public RateLimiterStatistics Statistics(KisLane lane)
    {
        lock (Gate)
        {
            var now = Now();
            PurgeLocked(now);
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = AvailableLocked(now),
                CurrentQueuedCount = _waiters[(int)lane].Count,
                TotalSuccessfulLeases = _granted[(int)lane],
                TotalFailedLeases = 0,
            };
        }
    }

    /// <summary>
    /// A permit now if one is free and no caller of this or a higher lane waits; otherwise a lease that is not acquired.
    /// <paramref name="permitCount"/> 0 only asks whether a permit is free.
    /// </summary>
    public RateLimitLease TryAcquire(KisLane lane, int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        lock (Gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, _owner);
            var now = Now();
            PurgeLocked(now);
            if (AvailableLocked(now) > 0 && !HigherOrEqualWaitingLocked(lane))
            {
                return permitCount == 0 ? Lease.Free : GrantLocked(lane);
            }

            return Lease.Refused;
        }
    }

    /// <summary>
    /// A permit now as <see cref="TryAcquire"/> would give it, or else a place in the lane's queue until one is free.
    /// A cancelled waiter gets no permit; disposing the queue fails every waiter with <see cref="ObjectDisposedException"/>.
    /// </summary>
    public ValueTask<RateLimitLease> AcquireAsync(KisLane lane, int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, 1);
        cancellationToken.ThrowIfCancellationRequested();
        Waiter waiter;
        lock (Gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, _owner);
            var now = Now();
            PurgeLocked(now);
            if (AvailableLocked(now) > 0 && !HigherOrEqualWaitingLocked(lane))
            {
                return ValueTask.FromResult<RateLimitLease>(permitCount == 0 ? Lease.Free : GrantLocked(lane));
            }

            waiter = new Waiter(lane);
            _waiters[(int)lane].Enqueue(waiter);
            _waiting?.Invoke(now);
            // Suspended last: what _waiting wakes (a budget sync) may take its hold first, so the clock never runs between.
            waiter.Suspension = WorkScope.Suspend();
            ArmTimerLocked(now);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(static (state, token) => ((Waiter)state!).Cancel(token), waiter);
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    /// <summary>Time since this queue started: small numbers, so the timestamp conversion stays exact.</summary>
    public TimeSpan Now() => _clock.GetElapsedTime(_origin);

    /// <summary>KIS answered EGW00201: pause every lane for the back-off delay and lower the capacity for a while.</summary>
    public void ReportRateLimitedLocked(TimeSpan now)
    {
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

    /// <summary>No permit is given before <paramref name="until"/> (a pause only ever grows).</summary>
    public void PauseLocked(TimeSpan until) => _pausedUntil = Max(_pausedUntil, until);

    /// <summary>
    /// Sets the capacity and the instant it lapses. Permits already in use stay in use; a larger capacity is granted to
    /// waiters at the next <see cref="PumpLocked"/>.
    /// </summary>
    public void SetCapacityLocked(int capacity, TimeSpan until)
    {
        _capacity = capacity;
        _capacityUntil = until;
    }

    /// <summary>Permits in use now: in flight, or answered and still cooling.</summary>
    public int InUseLocked(TimeSpan now)
    {
        PurgeLocked(now);
        return _inFlight + _cooling.Count;
    }

    /// <summary>Whether any caller is queued (cancelled ones included until the next pump drops them).</summary>
    public bool AnyWaiterLocked()
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

    /// <summary>Callers waiting and not cancelled.</summary>
    public int WaitingLocked() => _waiters.Sum(q => q.Count(w => !w.Completion.Task.IsCompleted));

    /// <summary>The highest lane with a caller waiting and not cancelled, as its number; null if none.</summary>
    public int? BestWaitingLaneLocked()
    {
        for (var lane = 0; lane < LaneCount; lane++)
        {
            if (_waiters[lane].Any(w => !w.Completion.Task.IsCompleted))
            {
                return lane;
            }
        }

        return null;
    }

    /// <summary>Grants waiters, best lane first, while permits are free; then arms the timer for the next free permit.</summary>
    public void PumpLocked(TimeSpan now)
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
                waiter.Suspension?.Resume();
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

        if (_waiting is not null && AnyWaiterLocked() && AvailableLocked(now) == 0)
        {
            _waiting(now);
        }

        ArmTimerLocked(now);
    }

    /// <summary>Fails every waiter with <see cref="ObjectDisposedException"/> and stops the timer; later calls are refused.</summary>
    public void Dispose()
    {
        lock (Gate)
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
                    waiter.Suspension?.Resume();
                    waiter.Completion.TrySetException(new ObjectDisposedException(_owner.Name));
                }
            }
        }

        _timer.Dispose();
    }

    private void Release()
    {
        lock (Gate)
        {
            var now = Now();
            _inFlight--;
            _cooling.Enqueue(now + _budget.Window + _budget.SafetyMargin);
            PumpLocked(now);
        }
    }

    private void OnTimer()
    {
        lock (Gate)
        {
            _timerDue = TimeSpan.MaxValue;
            if (!_disposed)
            {
                PumpLocked(Now());
            }
        }
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
        return new Lease(this, true);
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

    private int EffectiveLimitLocked(TimeSpan now)
    {
        if (now >= _capacityUntil)
        {
            return 0;
        }

        return now < _reducedUntil ? Math.Min(_capacity, _reducedLimit) : _capacity;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Waiter(KisLane lane)
    {
        public KisLane Lane { get; } = lane;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenRegistration Registration { get; set; }

        /// <summary>The caller's work scope, suspended while it waits (null outside a scope).</summary>
        public WorkSuspension? Suspension { get; set; }

        public void Cancel(CancellationToken token)
        {
            Suspension?.Resume();
            Completion.TrySetCanceled(token);
        }
    }

    /// <summary>A permit (released to <paramref name="owner"/> once, on dispose), a free answer, or a refusal.</summary>
    private sealed class Lease(LaneQueue? owner, bool acquired) : RateLimitLease
    {
        public static readonly Lease Free = new(null, true);

        public static readonly Lease Refused = new(null, false);

        private int _released;

        public override bool IsAcquired => acquired;

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
}
