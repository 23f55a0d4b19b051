namespace KisTrader.Kis.Work;

/// <summary>
/// <paramref name="inner"/> for a component whose one-shot timers are all waits (the retry delays of a Polly pipeline): a
/// one-shot timer armed inside a <see cref="WorkScope"/> suspends that scope until it fires (its callback resumes the
/// scope first) or is disposed. Everything else is <paramref name="inner"/>'s; outside a scope it adds nothing.
/// </summary>
internal sealed class WorkWaitClock(TimeProvider inner) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (WorkScope.Current is not { } scope || period != Timeout.InfiniteTimeSpan || dueTime <= TimeSpan.Zero)
        {
            return inner.CreateTimer(callback, state, dueTime, period);
        }

        var suspension = scope.SuspendOne();
        var timer = inner.CreateTimer(
            s =>
            {
                suspension.Resume();
                callback(s);
            },
            state,
            dueTime,
            period);
        return new Wait(timer, suspension);
    }

    private sealed class Wait(ITimer timer, WorkSuspension suspension) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => timer.Change(dueTime, period);

        public void Dispose()
        {
            timer.Dispose();
            suspension.Resume();
        }

        public async ValueTask DisposeAsync()
        {
            await timer.DisposeAsync().ConfigureAwait(false);
            suspension.Resume();
        }
    }
}
