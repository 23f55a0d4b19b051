using System.Collections.Concurrent;
using System.Globalization;

namespace KisTrader.Testing.Clocks;

/// <summary>
/// Not a clock: a view of another <see cref="TimeProvider"/> (usually a
/// <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>) that records the instant every timer created or
/// re-armed through it is due. Give it to one subsystem (e.g. the reminder service's key) and a test can wait until that
/// subsystem has armed its next wake before moving the fake clock again, instead of sleeping and hoping it has.
/// </summary>
public sealed class TimerProbe(TimeProvider inner) : TimeProvider
{
    private readonly ConcurrentQueue<(DateTimeOffset At, DateTimeOffset Due)> _armed = new();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Record(dueTime);
        return new Timer(this, inner.CreateTimer(callback, state, dueTime, period));
    }

    /// <summary>Whether a timer was armed (created or changed) to fire at exactly <paramref name="due"/>.</summary>
    public bool Armed(DateTimeOffset due) => _armed.Any(a => a.Due == due);

    /// <summary>When each timer was armed and for when, oldest first (for a timeout message).</summary>
    public string Describe() => string.Join(", ", _armed.Select(a => $"{a.At.ToString("O", CultureInfo.InvariantCulture)}→{a.Due.ToString("O", CultureInfo.InvariantCulture)}"));

    private void Record(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            var now = inner.GetUtcNow();
            _armed.Enqueue((now, now + dueTime));
        }
    }

    private sealed class Timer(TimerProbe probe, ITimer timer) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            probe.Record(dueTime);
            return timer.Change(dueTime, period);
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
