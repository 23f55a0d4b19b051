using KisTrader.Kis.Simulator.Clock;

namespace KisTrader.Kis.Simulator.Tests.Clock;

/// <summary>The idle fast-forward: the rule (what counts, where it jumps) and the clock jumping over a quiet night.</summary>
public sealed class SimIdleFastForwardTests
{
    private static readonly DateTimeOffset Now = ClockHarness.At(18, 30);
    private static readonly DateTimeOffset NextOpen = new(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(9));

    private static SimIdleFastForward Rule(bool open = false) =>
        new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), _ => open ? null : NextOpen);

    [Fact]
    public void Target_QuietAndNothingCountedDueWithinTheHorizon_TheEarliestCountedDueInstant()
    {
        var target = Rule().Target(Now, [(Now.AddSeconds(5), TimeSpan.FromSeconds(30)), (Now.AddHours(3), TimeSpan.FromHours(3)), (Now.AddHours(5), TimeSpan.FromHours(5))]);

        Assert.Equal(Now.AddHours(3), target);
    }

    [Fact]
    public void Target_NextWindowOpensFirst_StopsThere()
    {
        Assert.Equal(NextOpen, Rule().Target(Now, [(Now.AddDays(2), TimeSpan.FromDays(2))]));
        Assert.Equal(NextOpen, Rule().Target(Now, []));
    }

    [Fact]
    public void Target_WindowOpen_OrCountedTimerWithinHorizon_OrNothingToGoTo_Stays()
    {
        Assert.Null(Rule(open: true).Target(Now, [(Now.AddHours(3), TimeSpan.FromHours(3))]));
        Assert.Null(Rule().Target(Now, [(Now.AddMinutes(9), TimeSpan.FromMinutes(9))]));
        Assert.Null(new SimIdleFastForward(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1), _ => DateTimeOffset.MaxValue).Target(Now, [(Now.AddSeconds(1), TimeSpan.FromSeconds(1))]));
    }

    [Fact]
    public void Clock_QuietEvening_JumpsToTheNextCountedTimer_ThenToTheNextWindow_FiringKeepAlivesOnTheWayOnce()
    {
        using var h = new ClockHarness(speed: 1m, idle: Rule());
        using var keepAlive = h.Timer("keep-alive", TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        using var evening = h.Timer("evening", TimeSpan.FromHours(3));

        h.Wall.Advance(TimeSpan.FromMilliseconds(250)); // the idle check

        // 15:20 → 18:20 (the only counted timer; the keep-alive fires once on the way and keeps its phase), then nothing
        // counted is left: on to the next window's opening.
        h.AssertFired(("keep-alive", ClockHarness.At(15, 20, 30)), ("evening", ClockHarness.At(18, 20)), ("keep-alive", ClockHarness.At(18, 20, 30)));
        Assert.Equal(NextOpen, h.Clock.GetUtcNow());
    }

    [Fact]
    public void Clock_SessionWindowOpen_RunsAtItsSpeed()
    {
        using var h = new ClockHarness(speed: 1m, idle: Rule(open: true));
        using var prefetch = h.Timer("prefetch", TimeSpan.FromHours(3));

        h.Wall.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(h.Fired);
        Assert.Equal(ClockHarness.At(15, 20, 1), h.Clock.GetUtcNow());
    }
}
