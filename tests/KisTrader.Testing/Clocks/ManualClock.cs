namespace KisTrader.Testing.Clocks;

/// <summary>
/// A clock whose "now" only the test moves, forward or back; its timers and delays run on real time (the
/// <see cref="TimeProvider"/> defaults). Use it where a test sets the date or hour but the code under test must keep
/// real delays: the KIS client's retries and rate-limit windows, grain timers while grains read the test's date, a
/// simulator quotation endpoint asked at chosen instants.
/// <para>
/// Where timers must follow the clock (a reminder that fires when the test advances, a reconnect back-off of hours),
/// use <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/> instead; it cannot go back or keep real timers,
/// which is all this type adds.
/// </para>
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <summary>The clock's instant (UTC); setting it moves the clock to any instant, earlier ones included.</summary>
    public DateTimeOffset Now
    {
        get => GetUtcNow();
        set => Set(value);
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset instant) => Interlocked.Exchange(ref _ticks, instant.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
