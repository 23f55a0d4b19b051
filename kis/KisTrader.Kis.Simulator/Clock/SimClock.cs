namespace KisTrader.Kis.Simulator.Clock;

/// <summary>
/// The simulated KST clock: a <see cref="TimeProvider"/> whose "now" starts at a given instant and runs at a speed
/// multiple of an underlying wall clock; it can be paused, resumed, sped up, jumped forward and held. Its timers
/// (<see cref="TimeProvider.CreateTimer"/>, so also <c>Task.Delay(delay, clock)</c>, <c>PeriodicTimer</c> and
/// <c>CancellationTokenSource(delay, clock)</c>) fire at their simulated due instants whatever the speed, and its
/// timestamps (<see cref="GetTimestamp"/>) are simulated too. docs/simulated-time.md lists what runs on it and what
/// stays on the wall clock.
/// </summary>
/// <remarks>
/// <para>Reads are lock-free: one immutable anchor swapped atomically.</para>
/// <para>
/// <b>Due instants are barriers.</b> Simulated time never passes the due instant of a timer that has not been
/// dispatched: the reading stops at it until the timer's callback has been invoked, so a callback always reads its
/// own due instant, and a jump (or a late wall tick) dispatches every timer that became due one by one, in due order
/// (creation order for equal instants), each seeing its own instant. <see cref="Dispatched"/> reports every dispatch.
/// </para>
/// <para>
/// The clock never moves backwards. A periodic timer that several periods were skipped for (a jump, or a late wall
/// tick at a high speed) fires once and keeps its phase, as a wall timer does after a sleep.
/// </para>
/// </remarks>
public sealed partial class SimClock : TimeProvider, IDisposable
{
    /// <summary>Largest accepted speed multiplier.</summary>
    public const decimal MaxSpeed = 100_000m;

    private static readonly TimeZoneInfo KstZone = TimeZoneInfo.CreateCustomTimeZone("KST", Kst.Offset, "Korea Standard Time", "KST");
    private readonly TimeProvider _wall;
    private readonly Lock _gate = new();
    private volatile Anchor _anchor;

    /// <summary>Creates a clock at <paramref name="start"/>.</summary>
    /// <param name="start">Simulated instant at creation.</param>
    /// <param name="speed">Simulated seconds per wall second (&gt; 0, at most <see cref="MaxSpeed"/>).</param>
    /// <param name="paused">Start paused (tests).</param>
    /// <param name="wall">The wall clock that drives it (default <see cref="TimeProvider.System"/>); its timers wake the clock.</param>
    /// <param name="idle">Optional idle fast-forward (jump over quiet stretches such as nights and weekends).</param>
    public SimClock(DateTimeOffset start, decimal speed = 1m, bool paused = false, TimeProvider? wall = null, SimIdleFastForward? idle = null)
    {
        ValidateSpeed(speed);
        _wall = wall ?? System;
        _idle = idle;
        _anchor = new Anchor(start.UtcTicks, _wall.GetUtcNow().UtcTicks, speed, paused, 0, long.MaxValue);
        _alarm = _wall.CreateTimer(static s => ((SimClock)s!).Pump(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Simulated seconds per wall second.</summary>
    public decimal Speed => _anchor.Speed;

    /// <summary>Whether the clock was paused (<see cref="Pause"/>).</summary>
    public bool IsPaused => _anchor.Paused;

    /// <summary>Whether a <see cref="Hold"/> stops the clock now.</summary>
    public bool IsHeld => _anchor.Holds > 0;

    /// <summary>The wall clock this clock runs on.</summary>
    public TimeProvider Wall => _wall;

    /// <summary>Raised after every control change (pause, resume, speed, jump, idle fast-forward) with the new simulated now.</summary>
    public event Action<DateTimeOffset>? Changed;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => KstZone;

    /// <summary>Timestamps are simulated UTC ticks (100 ns).</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(NowTicks(), TimeSpan.Zero);

    /// <summary>Simulated UTC ticks: <c>GetElapsedTime</c> measures simulated time.</summary>
    public override long GetTimestamp() => NowTicks();

    /// <summary>Stops the clock at the current instant (no effect when already paused); timers wait with it.</summary>
    public DateTimeOffset Pause() => Control(a => a with { Paused = true });

    /// <summary>Lets the clock run again from the instant it was paused at.</summary>
    public DateTimeOffset Resume() => Control(a => a with { Paused = false });

    /// <summary>Changes the speed from now on (the current instant is kept; pending timers are re-armed).</summary>
    public DateTimeOffset SetSpeed(decimal speed)
    {
        ValidateSpeed(speed);
        return Control(a => a with { Speed = speed });
    }

    /// <summary>
    /// Moves the clock to <paramref name="instant"/> (not earlier than now); pause state and speed are kept. Every timer
    /// that became due is dispatched, in due order, before this returns.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is before the current simulated now.</exception>
    public DateTimeOffset JumpTo(DateTimeOffset instant) => Control(a =>
    {
        var now = Math.Min(a.SimulatedTicks, a.Barrier);
        if (instant.UtcTicks < now)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The simulated clock only moves forward; it is already at {Kst.FormatIso(new DateTimeOffset(now, TimeSpan.Zero))}.");
        }

        return a with { SimulatedTicks = instant.UtcTicks };
    });

    /// <summary>Moves the clock forward by <paramref name="delta"/> (≥ 0), dispatching what became due as <see cref="JumpTo"/>.</summary>
    public DateTimeOffset Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        return Control(a => a with { SimulatedTicks = Math.Min(a.SimulatedTicks, a.Barrier) + delta.Ticks });
    }

    /// <summary>
    /// Stops simulated time until the returned handle is disposed (holds nest); it then runs on from the instant it was
    /// held at. The one-process run holds the clock while a broker call is on the wire, so that a call costs no
    /// simulated time at any speed (docs/simulated-time.md). Timers already due are still dispatched.
    /// </summary>
    /// <remarks>
    /// The clock stops at the instant it reads when the hold is taken. Wall time that ran on past a due instant whose
    /// timer was not dispatched yet (a late wall alarm at a high speed) is dropped then, not caught up after the release:
    /// a hold taken in a timer's callback (a rate limiter granting a permit at its cooling instant) keeps the clock at that
    /// timer's due instant, however late the alarm rang. The target of a jump still being dispatched is kept.
    /// </remarks>
    public IDisposable Hold()
    {
        lock (_gate)
        {
            var wallTicks = _wall.GetUtcNow().UtcTicks;
            var current = _anchor;
            var at = Math.Max(current.SimulatedTicks, current.SimulatedAt(wallTicks));
            _anchor = current with { SimulatedTicks = at, WallTicks = wallTicks, Holds = current.Holds + 1 };
        }

        RearmAlarm();
        return new Release(this);
    }

    /// <summary>Stops the wall alarm; pending timers never fire afterwards.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _queue.Clear();
        }

        _alarm.Dispose();
    }

    private long NowTicks() => _anchor.SimulatedAt(_wall.GetUtcNow().UtcTicks);

    private static void ValidateSpeed(decimal speed)
    {
        if (speed <= 0m || speed > MaxSpeed)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, $"Speed must be > 0 and ≤ {MaxSpeed}.");
        }
    }

    /// <summary>A control change: re-anchor, apply, dispatch what became due (on this thread), re-arm, tell listeners.</summary>
    private DateTimeOffset Control(Func<Anchor, Anchor> change)
    {
        Rebase(change);
        Pump();
        var now = GetUtcNow();
        Changed?.Invoke(now);
        return now;
    }

    /// <summary>
    /// Re-anchors at the current wall instant, then applies <paramref name="change"/>. The unbounded position is kept:
    /// a jump whose timers are still being dispatched keeps its target when the clock is held or paused meanwhile.
    /// </summary>
    private void Rebase(Func<Anchor, Anchor> change)
    {
        lock (_gate)
        {
            var wallTicks = _wall.GetUtcNow().UtcTicks;
            var current = _anchor;
            _anchor = change(current with { SimulatedTicks = current.Unbounded(wallTicks), WallTicks = wallTicks });
        }

        RearmAlarm();
    }

    private sealed class Release(SimClock clock) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                clock.Rebase(a => a with { Holds = a.Holds - 1 });
            }
        }
    }

    /// <summary>
    /// Simulated time = min(SimulatedTicks + (wall − WallTicks) × Speed, Barrier), or min(SimulatedTicks, Barrier) while
    /// paused or held. Barrier is the due instant of the earliest timer not yet dispatched.
    /// </summary>
    private sealed record Anchor(long SimulatedTicks, long WallTicks, decimal Speed, bool Paused, int Holds, long Barrier)
    {
        public bool Frozen => Paused || Holds > 0;

        /// <summary>
        /// The reading, in whole milliseconds: <c>Task.Delay</c> truncates its delay to whole milliseconds, so a loop that
        /// waits "until an instant" (Orleans does) would spin on a sub-millisecond remainder while the clock stands still.
        /// </summary>
        public long SimulatedAt(long wallTicks)
        {
            var unbounded = Unbounded(wallTicks);
            return Math.Min(unbounded - (unbounded % TimeSpan.TicksPerMillisecond), Barrier);
        }

        /// <summary>Where the clock would be without the barrier (a jump's target, or a late wall tick's).</summary>
        public long Unbounded(long wallTicks)
        {
            if (Frozen)
            {
                return SimulatedTicks;
            }

            var elapsed = Math.Max(0, wallTicks - WallTicks);
            // Whole-number speeds (the usual 1, 10, 60) stay in integer arithmetic; others go through decimal.
            return Speed == decimal.Truncate(Speed) && Speed <= int.MaxValue
                ? SimulatedTicks + (elapsed * (long)Speed)
                : SimulatedTicks + (long)(elapsed * Speed);
        }

        /// <summary>Wall ticks until the unbounded reading reaches <paramref name="simulatedTicks"/> (long.MaxValue when frozen).</summary>
        public long WallTicksUntil(long simulatedTicks, long wallTicks)
        {
            if (Frozen)
            {
                return long.MaxValue;
            }

            var ahead = simulatedTicks - Unbounded(wallTicks);
            return ahead <= 0 ? 0 : (long)decimal.Ceiling(ahead / Speed);
        }
    }
}
