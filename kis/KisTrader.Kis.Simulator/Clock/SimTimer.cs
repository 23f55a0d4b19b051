namespace KisTrader.Kis.Simulator.Clock;

/// <summary>
/// A timer of <see cref="SimClock"/> with <see cref="ITimer"/>'s semantics on simulated time: <see cref="Change"/>
/// re-arms it relative to simulated now (infinite due time stops it), a period re-arms it after each firing, and
/// <see cref="Dispose"/> stops it for good (a callback already being invoked finishes).
/// </summary>
internal sealed class SimTimer(SimClock clock, TimerCallback callback, object? state, ExecutionContext? context) : ITimer
{
    private static long _lastId;

    private static readonly ContextCallback RunCallback = static s =>
    {
        var timer = (SimTimer)s!;
        timer._callback(timer._state);
    };

    private readonly TimerCallback _callback = callback;
    private readonly object? _state = state;

    /// <summary>Identifies the timer in <see cref="SimTimerDispatch"/>.</summary>
    public long Id { get; } = Interlocked.Increment(ref _lastId);

    // Guarded by the clock's lock.
    public long Version { get; set; }

    public bool Disposed { get; set; }

    /// <summary>The period (zero for a one-shot timer).</summary>
    public TimeSpan Period { get; set; }

    /// <summary>The period, or for a one-shot timer the due time it was armed with: what the idle fast-forward weighs.</summary>
    public TimeSpan Interval { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        Validate(dueTime, nameof(dueTime));
        Validate(period, nameof(period));
        return clock.Schedule(this, dueTime, period);
    }

    public void Dispose() => clock.Cancel(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the callback in the execution context captured at creation, as a wall-clock timer does.</summary>
    internal void Invoke()
    {
        try
        {
            if (context is null)
            {
                _callback(_state);
            }
            else
            {
                ExecutionContext.Run(context, RunCallback, this);
            }
        }
        catch (Exception ex)
        {
            // A wall-clock timer's exception would end the process; rethrown off the dispatching thread it does the same,
            // without leaving the clock's dispatch loop half-way.
            ThreadPool.UnsafeQueueUserWorkItem(static e => global::System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e), ex, preferLocal: false);
        }
    }

    private static void Validate(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan && (value < TimeSpan.Zero || value.TotalMilliseconds > uint.MaxValue - 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be Timeout.InfiniteTimeSpan or between 0 and 4294967294 ms.");
        }
    }
}
