using KisTrader.Kis.Simulator.Clock;

namespace KisTrader.Kis.Simulator.Tests.Clock;

/// <summary>
/// A hold stops the simulated clock at the instant it reads: one taken in a timer's callback (the work hold: a rate
/// limiter granting a permit at its cooling instant) keeps the clock at that timer's due instant even when the wall
/// alarm rang late, so a late alarm at a high speed costs no simulated time.
/// </summary>
public sealed class SimClockHoldTests
{
    private static readonly DateTimeOffset Start = ClockHarness.Start;

    [Fact]
    public void Hold_TakenInTheCallbackOfALateAlarm_StopsTheClockAtTheTimersDueInstant()
    {
        var wall = new LateWall();
        using var clock = new SimClock(Start, 60m, wall: wall);
        IDisposable? hold = null;
        DateTimeOffset? read = null;
        using var timer = clock.CreateTimer(_ => { read = clock.GetUtcNow(); hold = clock.Hold(); }, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        // The alarm is due after 1 wall second (1 simulated minute at 60×) and rings 9 wall seconds late.
        wall.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow()); // the barrier: the timer has not been dispatched
        wall.Ring();

        // A callback may see its due instant plus up to 1 ms (SimClock's Task.Delay allowance).
        Assert.NotNull(read);
        AssertNear(Start.AddMinutes(1), read.Value);
        Assert.NotNull(hold);
        AssertNear(Start.AddMinutes(1), clock.GetUtcNow()); // not 15:30: the 9 late wall seconds are dropped
        wall.Advance(TimeSpan.FromSeconds(10));
        AssertNear(Start.AddMinutes(1), clock.GetUtcNow());

        hold.Dispose();
        wall.Advance(TimeSpan.FromSeconds(1));
        AssertNear(Start.AddMinutes(2), clock.GetUtcNow());
    }

    [Fact]
    public void Hold_DuringAJumpsDispatch_KeepsTheJumpsTarget()
    {
        var wall = new LateWall();
        using var clock = new SimClock(Start, 1m, paused: true, wall: wall);
        IDisposable? hold = null;
        using var timer = clock.CreateTimer(_ => hold = clock.Hold(), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        clock.JumpTo(Start.AddMinutes(30));

        Assert.NotNull(hold);
        hold.Dispose();
        Assert.Equal(Start.AddMinutes(30), clock.GetUtcNow());
    }

    private static void AssertNear(DateTimeOffset due, DateTimeOffset actual) =>
        Assert.InRange(actual, due, due.AddMilliseconds(1));
}
