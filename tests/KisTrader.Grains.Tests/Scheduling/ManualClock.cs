namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>
/// A clock the test sets (only <see cref="GetUtcNow"/>; timers stay on real time). Grains that take the unkeyed
/// <see cref="TimeProvider"/> read it; Orleans' own background areas are pinned to the system clock.
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _ticks, instant.UtcTicks);
}
