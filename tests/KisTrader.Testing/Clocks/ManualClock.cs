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
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    /// <summary>The clock's instant, in the offset it was last set with; setting it moves the clock anywhere, back included.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return _now;
            }
        }

        set => Set(value);
    }

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Set(DateTimeOffset instant)
    {
        lock (_gate)
        {
            _now = instant;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
