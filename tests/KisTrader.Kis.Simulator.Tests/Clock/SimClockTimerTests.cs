namespace KisTrader.Kis.Simulator.Tests.Clock;

/// <summary>
/// The timers of the simulated clock on a fake wall clock: they fire at their simulated due instants at any speed,
/// are re-armed by speed changes, pauses and jumps, and keep <see cref="ITimer"/>'s Change/Dispose semantics.
/// </summary>
public sealed class SimClockTimerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Timer_DueIn10SimulatedMinutesAt60x_FiresAfter10WallSecondsAtItsDueInstant()
    {
        using var h = new ClockHarness(speed: 60m);
        using var timer = h.Timer("ten", TimeSpan.FromMinutes(10));

        h.Wall.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Empty(h.Fired);
        h.Wall.Advance(TimeSpan.FromSeconds(0.1));

        h.AssertFired(("ten", ClockHarness.At(15, 30)));
    }

    [Fact]
    public void SetSpeed_PendingTimer_ReArmedForTheNewSpeed()
    {
        using var h = new ClockHarness(speed: 1m);
        using var timer = h.Timer("minute", Minute);
        h.Wall.Advance(TimeSpan.FromSeconds(30)); // 15:20:30 at 1×

        h.Clock.SetSpeed(60m);
        h.Wall.Advance(TimeSpan.FromSeconds(0.4)); // +24 s → 15:20:54
        Assert.Empty(h.Fired);
        h.Wall.Advance(TimeSpan.FromSeconds(0.1)); // +6 s → 15:21:00

        h.AssertFired(("minute", ClockHarness.At(15, 21)));
    }

    [Fact]
    public void Pause_HoldsPendingTimers_ResumeFiresThemAtTheirInstants()
    {
        using var h = new ClockHarness(speed: 60m);
        using var timer = h.Timer("two", TimeSpan.FromMinutes(2));
        h.Wall.Advance(TimeSpan.FromSeconds(1)); // 15:21:00

        h.Clock.Pause();
        h.Wall.Advance(TimeSpan.FromHours(1));
        Assert.Empty(h.Fired);
        Assert.Equal(ClockHarness.At(15, 21), h.Clock.GetUtcNow());
        h.Clock.Resume();
        h.Wall.Advance(TimeSpan.FromSeconds(1)); // 15:22:00

        h.AssertFired(("two", ClockHarness.At(15, 22)));
    }

    [Fact]
    public void JumpTo_FiresEverythingThatBecameDue_InDueOrder_EachAtItsOwnInstant()
    {
        using var h = new ClockHarness(speed: 1m, paused: true);
        using var c = h.Timer("c", TimeSpan.FromMinutes(30));
        using var a = h.Timer("a", TimeSpan.FromMinutes(10));
        using var late = h.Timer("late", TimeSpan.FromHours(2));
        using var b = h.Timer("b", TimeSpan.FromMinutes(20));
        using var b2 = h.Timer("b2", TimeSpan.FromMinutes(20)); // same instant: creation order

        var now = h.Clock.JumpTo(ClockHarness.At(16, 0));

        Assert.Equal(ClockHarness.At(16, 0), now);
        h.AssertFired(("a", ClockHarness.At(15, 30)), ("b", ClockHarness.At(15, 40)), ("b2", ClockHarness.At(15, 40)), ("c", ClockHarness.At(15, 50)));
    }

    [Fact]
    public void Dispatched_EveryTimer_ReportedAtItsDueInstant()
    {
        using var h = new ClockHarness(speed: 600m);
        var dispatches = new List<KisTrader.Kis.Simulator.Clock.SimTimerDispatch>();
        h.Clock.Dispatched += dispatches.Add;
        using var a = h.Timer("a", TimeSpan.FromSeconds(90));
        using var b = h.Timer("b", TimeSpan.FromSeconds(30));

        h.Wall.Advance(TimeSpan.FromSeconds(1)); // 600 simulated seconds in one late wall tick

        Assert.Equal([ClockHarness.At(15, 20, 30), ClockHarness.At(15, 21, 30)], dispatches.Select(d => d.Due));
        Assert.All(dispatches, d => Assert.Equal(d.Due, d.At));
        Assert.Equal(2, dispatches.Count);
        Assert.Equal(ClockHarness.At(15, 30), h.Clock.GetUtcNow());
    }

    [Fact]
    public void PeriodicTimer_FiresEveryPeriod_AndOnceForThePeriodsAJumpSkips()
    {
        using var h = new ClockHarness(speed: 60m);
        using var timer = h.Timer("tick", Minute, Minute);

        h.Wall.Advance(TimeSpan.FromSeconds(1)); // 15:21
        h.Wall.Advance(TimeSpan.FromSeconds(1)); // 15:22
        h.Clock.JumpTo(ClockHarness.At(15, 30, 30)); // skips 15:23 … 15:30: fires once, at 15:23
        h.Wall.Advance(TimeSpan.FromSeconds(0.5)); // 15:31: the phase is kept

        h.AssertFired(("tick", ClockHarness.At(15, 21)), ("tick", ClockHarness.At(15, 22)), ("tick", ClockHarness.At(15, 23)), ("tick", ClockHarness.At(15, 31)));
    }

    [Fact]
    public void Change_ReArmsRelativeToSimulatedNow_InfiniteStops_DisposeStopsForGood()
    {
        using var h = new ClockHarness(speed: 60m);
        var moved = h.Timer("moved", TimeSpan.FromMinutes(1));
        var stopped = h.Timer("stopped", TimeSpan.FromMinutes(1));
        var disposed = h.Timer("disposed", TimeSpan.FromMinutes(1));
        h.Wall.Advance(TimeSpan.FromSeconds(0.5)); // 15:20:30

        Assert.True(moved.Change(TimeSpan.FromMinutes(2), Timeout.InfiniteTimeSpan)); // → 15:22:30
        Assert.True(stopped.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        disposed.Dispose();
        Assert.False(disposed.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        h.Wall.Advance(TimeSpan.FromMinutes(1)); // 16:20:30

        h.AssertFired(("moved", ClockHarness.At(15, 22, 30)));
        Assert.Equal(0, h.Clock.PendingTimers);
        Assert.Throws<ArgumentOutOfRangeException>(() => moved.Change(TimeSpan.FromMilliseconds(-2), Timeout.InfiniteTimeSpan));
        moved.Dispose();
        stopped.Dispose();
    }

    [Fact]
    public void DisposedTimer_AtTheHead_DoesNotHoldSimulatedTime()
    {
        using var h = new ClockHarness(speed: 60m);
        var first = h.Timer("first", TimeSpan.FromMinutes(1));
        using var second = h.Timer("second", TimeSpan.FromMinutes(5));

        first.Dispose();
        h.Wall.Advance(TimeSpan.FromSeconds(3)); // 15:23

        Assert.Equal(ClockHarness.At(15, 23), h.Clock.GetUtcNow());
        Assert.Empty(h.Fired);
    }

    [Fact]
    public async Task TaskDelay_OnTheClock_CompletesWhenTheSimulatedDelayHasPassed()
    {
        using var h = new ClockHarness(speed: 60m);
        var delay = Task.Delay(TimeSpan.FromMinutes(3), h.Clock, TestContext.Current.CancellationToken);

        h.Wall.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(delay.IsCompleted);
        h.Wall.Advance(TimeSpan.FromSeconds(0.1));

        await delay.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(ClockHarness.At(15, 23), h.Clock.GetUtcNow());
    }

    [Fact]
    public void Hold_StopsSimulatedTime_ReleaseRunsOnFromTheHeldInstant()
    {
        using var h = new ClockHarness(speed: 60m);
        using var timer = h.Timer("one", TimeSpan.FromMinutes(1));
        var started = h.Clock.GetTimestamp();

        var hold = h.Clock.Hold();
        h.Wall.Advance(TimeSpan.FromSeconds(10));
        Assert.True(h.Clock.IsHeld);
        Assert.Equal(ClockHarness.Start, h.Clock.GetUtcNow());
        Assert.Empty(h.Fired);
        hold.Dispose();
        hold.Dispose(); // once only
        h.Wall.Advance(TimeSpan.FromSeconds(1));

        h.AssertFired(("one", ClockHarness.At(15, 21)));
        Assert.Equal(Minute, h.Clock.GetElapsedTime(started));
    }
}
