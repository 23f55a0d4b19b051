using System.Threading.RateLimiting;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Work;

namespace KisTrader.Grains.Kis;

/// <summary>
/// One silo's share of a cluster budget, counted by the KIS client's own <see cref="LaneQueue"/> (the same lane rules:
/// a permit is held for the whole call and cools for a window (+ margin) after it; waiters are served highest lane
/// first, FIFO within a lane; waiting is timer-driven on <see cref="TimeProvider"/>). What this type adds is the
/// capacity: the quota leased from <see cref="IRateBudgetGrain"/>, usable only up to the grain's target and only while
/// the lease is valid. Above the target, quota is given back (at the next sync) as permits cool.
/// The sync loop waits for <see cref="WaitStarvedAsync"/> with its <see cref="WorkScope"/> suspended, and a caller that
/// starves resumes it in the same step as it signals, before its own wait suspends its scope: on a simulated clock no
/// time passes between a starving caller and the sync it wakes.
/// </summary>
internal sealed class LeasedLaneLimiter : IDisposable
{
    private readonly KisBudget _budget;
    private readonly LaneQueue _queue;
    private int _quota;
    private int _target;
    private TimeSpan _leaseUntil;
    private int _rateLimitedReports;
    private TaskCompletionSource _starved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource _outage = new();
    private WorkSuspension? _loopWaiting;

    public LeasedLaneLimiter(KisBudget budget, TimeProvider clock)
    {
        _budget = budget;
        // No quota and no lease yet: nothing is usable before the first sync with the grain.
        _queue = new LaneQueue(budget, clock, typeof(LeasedLaneLimiter), 0, TimeSpan.Zero, OnWaitingLocked);
    }

    public KisBudget Budget => _budget;

    /// <summary>Completes when a caller waits and no permit is free (time to ask the grain early).</summary>
    public Task Starved
    {
        get
        {
            lock (_queue.Gate)
            {
                return _starved.Task;
            }
        }
    }

    /// <summary>
    /// Waits until a caller starves (<see cref="Starved"/>) or, with <paramref name="timeout"/>, that long on
    /// <paramref name="clock"/>; the sync loop's work scope is suspended meanwhile and resumed by whichever ends the wait,
    /// in the same step.
    /// </summary>
    public async Task WaitStarvedAsync(TimeSpan? timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        WorkSuspension? suspension;
        Task starved;
        lock (_queue.Gate)
        {
            starved = _starved.Task;
            if (starved.IsCompleted)
            {
                return;
            }

            suspension = WorkScope.Suspend();
            _loopWaiting = suspension;
        }

        var elapsed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await using var timer = timeout is { } t
                ? clock.CreateTimer(static s => ((Action)s!)(), () => { suspension?.Resume(); elapsed.TrySetResult(); }, t, Timeout.InfiniteTimeSpan)
                : null;
            await Task.WhenAny(starved, elapsed.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_queue.Gate)
            {
                if (ReferenceEquals(_loopWaiting, suspension))
                {
                    _loopWaiting = null;
                }
            }

            suspension?.Resume();
        }
    }

    /// <summary>Whether the grain must hear from us: we hold quota, use permits or have callers waiting.</summary>
    public bool NeedsSync
    {
        get
        {
            lock (_queue.Gate)
            {
                return _quota > 0 || _queue.InUseLocked(_queue.Now()) > 0 || _queue.AnyWaiterLocked() || _rateLimitedReports > 0;
            }
        }
    }

    public ValueTask<RateLimitLease> AcquireAsync(KisLane lane, CancellationToken cancellationToken) =>
        _queue.AcquireAsync(lane, 1, cancellationToken);

    /// <summary>
    /// Cancelled while the budget grain is unreachable with no valid lease left (a sync failed after the lease lapsed);
    /// a fresh token after the next successful sync.
    /// </summary>
    public CancellationToken Outage
    {
        get
        {
            lock (_queue.Gate)
            {
                return _outage.Token;
            }
        }
    }

    /// <summary>Wakes the sync loop now (an order refused during an outage asks for a sync, so the next one may pass).</summary>
    public void RequestSync()
    {
        lock (_queue.Gate)
        {
            SignalStarvedLocked();
        }
    }

    /// <summary>A sync failed: once the lease has lapsed too, nothing accounts for our calls any more (outage).</summary>
    /// <returns>True when this failure began an outage.</returns>
    public bool SyncFailed()
    {
        lock (_queue.Gate)
        {
            if (_outage.IsCancellationRequested || _queue.Now() < _leaseUntil)
            {
                return false;
            }

            _outage.Cancel();
            return true;
        }
    }

    public void ReportRateLimited()
    {
        lock (_queue.Gate)
        {
            _rateLimitedReports++;
            SignalStarvedLocked();
            // One step down per back-off, as in the client's own limiter.
            _queue.ReportRateLimitedLocked(_queue.Now());
        }
    }

    /// <summary>Gives back quota above max(target, in use) and describes our position for the grain.</summary>
    public RateBudgetReport BeginSync(string holderId, out TimeSpan sentAt)
    {
        lock (_queue.Gate)
        {
            var now = _queue.Now();
            sentAt = now;
            var inUse = _queue.InUseLocked(now);
            var target = now < _leaseUntil ? _target : 0;
            _quota = Math.Min(_quota, Math.Max(target, inUse));
            ApplyCapacityLocked();
            var waiting = _queue.WaitingLocked();
            var bestLane = _queue.BestWaitingLaneLocked();
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
        lock (_queue.Gate)
        {
            var now = _queue.Now();
            _quota = Math.Max(_quota, grant.Quota);
            _target = grant.Target;
            _leaseUntil = sentAt + grant.LeaseDuration;
            if (_outage.IsCancellationRequested)
            {
                _outage.Dispose();
                _outage = new CancellationTokenSource();
            }

            ApplyCapacityLocked();
            if (grant.PauseFor > TimeSpan.Zero)
            {
                _queue.PauseLocked(now + grant.PauseFor);
            }

            _queue.PumpLocked(now);
        }
    }

    public void Dispose()
    {
        _queue.Dispose();
        _outage.Dispose();
    }

    /// <summary>Wakes the sync loop, resuming its work scope first (it syncs on the clock's behalf from this instant).</summary>
    private void SignalStarvedLocked()
    {
        _loopWaiting?.Resume();
        _loopWaiting = null;
        _starved.TrySetResult();
    }

    /// <summary>Permits we may use: our quota, but no more than our target, nothing once the lease has lapsed.</summary>
    private void ApplyCapacityLocked() => _queue.SetCapacityLocked(Math.Min(_quota, _target), _leaseUntil);

    /// <summary>A caller has to wait: wake the sync loop if asking the grain early could give us more.</summary>
    private void OnWaitingLocked(TimeSpan now)
    {
        if (GrainCanHelpLocked(now))
        {
            SignalStarvedLocked();
        }
    }

    /// <summary>Whether asking the grain before the regular sync could give us more: no lease, no quota, or quota below target.</summary>
    private bool GrainCanHelpLocked(TimeSpan now) => now >= _leaseUntil || _quota == 0 || _target > _quota;
}
