using KisTrader.Kis.Simulator.Clock;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Simulator.Tests.Clock;

/// <summary>A <see cref="SimClock"/> on a fake wall clock, with the callbacks it dispatched (timer name, simulated now).</summary>
internal sealed class ClockHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 15, 20, 0, TimeSpan.FromHours(9));

    private readonly Lock _gate = new();
    private readonly List<(string Name, DateTimeOffset At)> _fired = [];

    public ClockHarness(decimal speed = 60m, bool paused = false, SimIdleFastForward? idle = null)
    {
        Clock = new SimClock(Start, speed, paused, Wall, idle);
    }

    public FakeTimeProvider Wall { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public SimClock Clock { get; }

    public IReadOnlyList<(string Name, DateTimeOffset At)> Fired
    {
        get
        {
            lock (_gate)
            {
                return [.. _fired];
            }
        }
    }

    public IEnumerable<string> FiredNames => Fired.Select(f => f.Name);

    /// <summary>A timer that records its name and the simulated now at every firing.</summary>
    public ITimer Timer(string name, TimeSpan due, TimeSpan? period = null) =>
        Clock.CreateTimer(_ => Record(name), null, due, period ?? Timeout.InfiniteTimeSpan);

    public void Record(string name)
    {
        var now = Clock.GetUtcNow();
        lock (_gate)
        {
            _fired.Add((name, now));
        }
    }

    /// <summary>
    /// The timers fired in this order, each reading its due instant in its callback (to within the millisecond a
    /// callback may see the clock move: see <see cref="SimClock"/>).
    /// </summary>
    public void AssertFired(params (string Name, DateTimeOffset Due)[] expected)
    {
        var fired = Fired;
        Assert.Equal(expected.Select(e => e.Name), fired.Select(f => f.Name));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(fired[i].At, expected[i].Due, expected[i].Due.AddMilliseconds(1));
        }
    }

    public static DateTimeOffset At(int hour, int minute, int second = 0) => new(2026, 11, 23, hour, minute, second, TimeSpan.FromHours(9));

    public void Dispose() => Clock.Dispose();
}
