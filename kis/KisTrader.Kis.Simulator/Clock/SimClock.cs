namespace KisTrader.Kis.Simulator.Clock;

/// <summary>
/// The simulated KST clock: a <see cref="TimeProvider"/> whose "now" starts at a given instant and runs at a speed
/// multiple of an underlying wall clock; it can be paused, resumed, sped up and jumped forward. Reads are lock-free
/// (one immutable anchor swapped atomically), so it is cheap on every request.
/// </summary>
/// <remarks>
/// Only "now" is simulated: timers and <see cref="TimeProvider.GetTimestamp"/> come from the wall clock, because
/// transport concerns (heartbeats, pumps, request delays) must not stop when the market clock is paused. The clock never
/// moves backwards: the trading book and the feeds only move forward.
/// </remarks>
public sealed class SimClock : TimeProvider
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
    /// <param name="wall">The wall clock that drives it (default <see cref="TimeProvider.System"/>).</param>
    public SimClock(DateTimeOffset start, decimal speed = 1m, bool paused = false, TimeProvider? wall = null)
    {
        ValidateSpeed(speed);
        _wall = wall ?? System;
        _anchor = new Anchor(start.UtcTicks, _wall.GetUtcNow().UtcTicks, speed, paused);
    }

    /// <summary>Simulated seconds per wall second.</summary>
    public decimal Speed => _anchor.Speed;

    /// <summary>Whether the clock stands still.</summary>
    public bool IsPaused => _anchor.Paused;

    /// <summary>The wall clock this clock runs on.</summary>
    public TimeProvider Wall => _wall;

    /// <summary>Raised after every change (pause, resume, speed, jump) with the new simulated now.</summary>
    public event Action<DateTimeOffset>? Changed;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => KstZone;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(_anchor.SimulatedAt(_wall.GetUtcNow().UtcTicks), TimeSpan.Zero);

    /// <summary>Stops the clock at the current instant (no effect when already paused).</summary>
    public DateTimeOffset Pause() => Update(a => a with { Paused = true });

    /// <summary>Lets the clock run again from the instant it was paused at.</summary>
    public DateTimeOffset Resume() => Update(a => a with { Paused = false });

    /// <summary>Changes the speed from now on (the current instant is kept).</summary>
    public DateTimeOffset SetSpeed(decimal speed)
    {
        ValidateSpeed(speed);
        return Update(a => a with { Speed = speed });
    }

    /// <summary>Moves the clock to <paramref name="instant"/> (not earlier than now); pause state and speed are kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is before the current simulated now.</exception>
    public DateTimeOffset JumpTo(DateTimeOffset instant) => Update(a =>
    {
        var now = a.SimulatedAt(_wall.GetUtcNow().UtcTicks);
        if (instant.UtcTicks < now)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The simulated clock only moves forward; it is already at {Kst.FormatIso(new DateTimeOffset(now, TimeSpan.Zero))}.");
        }

        return a with { SimulatedTicks = instant.UtcTicks };
    });

    /// <summary>Moves the clock forward by <paramref name="delta"/> (≥ 0).</summary>
    public DateTimeOffset Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        return Update(a => a with { SimulatedTicks = a.SimulatedAt(_wall.GetUtcNow().UtcTicks) + delta.Ticks });
    }

    private static void ValidateSpeed(decimal speed)
    {
        if (speed <= 0m || speed > MaxSpeed)
        {
            throw new ArgumentOutOfRangeException(nameof(speed), speed, $"Speed must be > 0 and ≤ {MaxSpeed}.");
        }
    }

    /// <summary>Re-anchors at the current wall instant, then applies <paramref name="change"/>.</summary>
    private DateTimeOffset Update(Func<Anchor, Anchor> change)
    {
        DateTimeOffset now;
        lock (_gate)
        {
            var wallTicks = _wall.GetUtcNow().UtcTicks;
            var current = _anchor;
            var rebased = current with { SimulatedTicks = current.SimulatedAt(wallTicks), WallTicks = wallTicks };
            var next = change(rebased);
            _anchor = next;
            now = new DateTimeOffset(next.SimulatedTicks, TimeSpan.Zero);
        }

        Changed?.Invoke(now);
        return now;
    }

    /// <summary>Simulated time = SimulatedTicks + (wall − WallTicks) × Speed, or SimulatedTicks while paused.</summary>
    private sealed record Anchor(long SimulatedTicks, long WallTicks, decimal Speed, bool Paused)
    {
        public long SimulatedAt(long wallTicks)
        {
            if (Paused)
            {
                return SimulatedTicks;
            }

            var elapsed = wallTicks - WallTicks;
            // Whole-number speeds (the usual 1, 10, 60) stay in integer arithmetic; others go through decimal.
            return Speed == decimal.Truncate(Speed) && Speed <= int.MaxValue
                ? SimulatedTicks + (elapsed * (long)Speed)
                : SimulatedTicks + (long)(elapsed * Speed);
        }
    }
}
