namespace KisTrader.Kis.Simulator.Clock;

/// <summary>The timers of <see cref="SimClock"/>: a queue by simulated due instant, woken by one wall-clock alarm.</summary>
public sealed partial class SimClock
{
    /// <summary>Wall interval at which an idle fast-forward is re-checked while nothing else wakes the clock.</summary>
    private static readonly TimeSpan IdleCheckEvery = TimeSpan.FromMilliseconds(250);

    private readonly PriorityQueue<Entry, (long Due, long Sequence)> _queue = new();
    private readonly Lock _pumpGate = new();
    private readonly Lock _alarmGate = new();
    private readonly ITimer _alarm;
    private readonly SimIdleFastForward? _idle;
    private long _sequence;
    private bool _disposed;

    /// <summary>Raised on the dispatching thread just before a timer's callback is invoked.</summary>
    public event Action<SimTimerDispatch>? Dispatched;

    /// <summary>Timers waiting for their due instant.</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _queue.UnorderedItems.Count(e => e.Element.IsCurrent);
            }
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SimTimer(this, callback, state, ExecutionContext.Capture());
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>(Re)schedules <paramref name="timer"/> relative to simulated now; false once it is disposed.</summary>
    internal bool Schedule(SimTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (timer.Disposed)
            {
                return false;
            }

            timer.Version++;
            timer.Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            timer.Interval = timer.Period > TimeSpan.Zero ? timer.Period : dueTime;
            if (dueTime != Timeout.InfiniteTimeSpan && !_disposed)
            {
                var now = _anchor.SimulatedAt(_wall.GetUtcNow().UtcTicks);
                EnqueueLocked(timer, now + dueTime.Ticks);
            }

            MoveBarrierLocked();
        }

        RearmAlarm();
        return true;
    }

    /// <summary>Stops <paramref name="timer"/> for good.</summary>
    internal void Cancel(SimTimer timer)
    {
        lock (_gate)
        {
            timer.Disposed = true;
            timer.Version++;
            MoveBarrierLocked();
        }

        RearmAlarm();
    }

    private void EnqueueLocked(SimTimer timer, long due) =>
        _queue.Enqueue(new Entry(timer, timer.Version), (due, _sequence++));

    /// <summary>
    /// Dispatches every timer whose due instant the clock reached, one at a time in due order, each while the reading
    /// stands at its due instant; then the idle fast-forward, then re-arms the wall alarm. Serialized; re-entrant from a
    /// callback on the dispatching thread.
    /// </summary>
    private void Pump()
    {
        // One thread dispatches at a time; it re-reads the clock after every callback, so a caller that finds it busy
        // (a control change while a callback runs) leaves the work to it rather than wait for a callback.
        if (!_pumpGate.TryEnter())
        {
            RearmAlarm();
            return;
        }

        try
        {
            while (true)
            {
                SimTimer? timer;
                SimTimerDispatch dispatch;
                lock (_gate)
                {
                    MoveBarrierLocked();
                    var wallTicks = _wall.GetUtcNow().UtcTicks;
                    var anchor = _anchor;
                    var now = anchor.SimulatedAt(wallTicks);
                    if (_disposed || !_queue.TryPeek(out var entry, out var key) || key.Due > now)
                    {
                        if (!_disposed && FastForwardLocked(now, wallTicks))
                        {
                            continue;
                        }

                        break;
                    }

                    _queue.Dequeue();
                    timer = entry.Timer;
                    dispatch = new SimTimerDispatch(timer.Id, new DateTimeOffset(key.Due, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero), timer.Interval, timer.Period > TimeSpan.Zero);
                    if (timer.Period > TimeSpan.Zero)
                    {
                        EnqueueLocked(timer, NextPeriodic(key.Due, timer.Period.Ticks, anchor.Unbounded(wallTicks)));
                    }

                    // While the callback runs (and what it completes inline, e.g. a Task.Delay continuation) the clock may
                    // move up to one millisecond past the due instant, never past the next due instant: Task.Delay
                    // truncates to whole milliseconds, and a loop that waits "until an instant" (Orleans has them) must
                    // be able to reach its instant without another timer.
                    MoveBarrierLocked();
                    if (_anchor.Barrier > key.Due + TimeSpan.TicksPerMillisecond)
                    {
                        _anchor = _anchor with { Barrier = key.Due + TimeSpan.TicksPerMillisecond };
                    }
                }

                Dispatched?.Invoke(dispatch);
                timer.Invoke();
            }
        }
        finally
        {
            _pumpGate.Exit();
        }

        RearmAlarm();
    }

    /// <summary>The next due instant of a periodic timer that fired at <paramref name="due"/>: skipped periods fire once.</summary>
    private static long NextPeriodic(long due, long period, long target)
    {
        var next = due + period;
        return next > target ? next : next + (((target - next) / period) + 1) * period;
    }

    /// <summary>Drops disposed and re-scheduled entries at the head and puts the barrier at the earliest due instant.</summary>
    private void MoveBarrierLocked()
    {
        while (_queue.TryPeek(out var entry, out _) && !entry.IsCurrent)
        {
            _queue.Dequeue();
        }

        var barrier = _queue.TryPeek(out _, out var key) ? key.Due : long.MaxValue;
        if (_anchor.Barrier != barrier)
        {
            _anchor = _anchor with { Barrier = barrier };
        }
    }

    /// <summary>
    /// Arms the wall alarm for the earliest due instant at the current speed (off while paused or held, unless a timer is
    /// already due). Serialized, and never under <c>_gate</c>: a fake wall clock may run the alarm inside <c>Change</c>.
    /// </summary>
    private void RearmAlarm()
    {
        lock (_alarmGate)
        {
            long wait;
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                var wallTicks = _wall.GetUtcNow().UtcTicks;
                var anchor = _anchor;
                wait = anchor.Barrier == long.MaxValue ? long.MaxValue
                    : anchor.Barrier <= anchor.SimulatedAt(wallTicks) ? 0
                    : anchor.WallTicksUntil(anchor.Barrier, wallTicks);
                if (_idle is not null && !anchor.Frozen)
                {
                    wait = Math.Min(wait, IdleCheckEvery.Ticks);
                }
            }

            _alarm.Change(wait == long.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Min(wait, TimeSpan.FromDays(1).Ticks)), Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Jumps over a quiet stretch when the idle fast-forward allows it; true when it jumped.</summary>
    private bool FastForwardLocked(long now, long wallTicks)
    {
        if (_idle is null || _anchor.Frozen)
        {
            return false;
        }

        var pending = _queue.UnorderedItems.Where(e => e.Element.IsCurrent)
            .Select(e => (new DateTimeOffset(e.Priority.Due, TimeSpan.Zero), e.Element.Timer.Interval));
        if (_idle.Target(new DateTimeOffset(now, TimeSpan.Zero), pending) is not { } target)
        {
            return false;
        }

        _anchor = _anchor with { SimulatedTicks = target.UtcTicks, WallTicks = wallTicks };
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.clock.Changed?.Invoke(s.target), (clock: this, target), preferLocal: false);
        return true;
    }

    private readonly record struct Entry(SimTimer Timer, long Version)
    {
        public bool IsCurrent => !Timer.Disposed && Timer.Version == Version;
    }
}
