namespace KisTrader.Kis.Simulator.Tests.Clock;

/// <summary>
/// A wall clock whose timers ring only when told to (<see cref="Ring"/>), however far it was advanced: a late alarm on a
/// loaded machine, made exact.
/// </summary>
internal sealed class LateWall : TimeProvider
{
    private readonly List<Alarm> _alarms = [];
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan delta) => _now += delta;

    /// <summary>Rings every alarm that is armed and due by now.</summary>
    public void Ring()
    {
        foreach (var alarm in _alarms.ToArray())
        {
            alarm.RingIfDue(_now);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var alarm = new Alarm(this, callback, state);
        alarm.Change(dueTime, period);
        _alarms.Add(alarm);
        return alarm;
    }

    private sealed class Alarm(LateWall wall, TimerCallback callback, object? state) : ITimer
    {
        private DateTimeOffset? _due;

        public void RingIfDue(DateTimeOffset now)
        {
            if (_due is { } due && due <= now)
            {
                _due = null;
                callback(state);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _due = dueTime == Timeout.InfiniteTimeSpan ? null : wall._now + dueTime;
            return true;
        }

        public void Dispose() => _due = null;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
