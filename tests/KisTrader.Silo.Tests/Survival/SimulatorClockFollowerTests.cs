using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Hosting;
using KisTrader.Silo.Simulation;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// <see cref="SimulatorClockFollower"/> against an in-process simulator: a silo's clock takes the simulator's instant,
/// speed and pause state before the silo starts, then follows a jump, a speed change, a resume and a pause.
/// </summary>
public sealed class SimulatorClockFollowerTests
{
    [Fact]
    public async Task Follower_TakesAndFollowsTheSimulatorsClock()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await TestSimulator.StartAsync(TestSimulator.ContinuousSession);
        var master = sim.SimClock!;
        using var clock = new SimClock(DateTimeOffset.UnixEpoch, 1m, paused: true);
        using var follower = new SimulatorClockFollower(clock, new Uri(sim.BaseUrl, "/sim/clock"), new SiloClockOptions { SyncIntervalMilliseconds = 50 }, NullLogger<SimulatorClockFollower>.Instance);

        await follower.StartAsync(ct);
        // Paused: exactly the simulator's instant (the answer's millisecond precision), paused too.
        Assert.True(clock.IsPaused);
        Assert.Equal(master.GetUtcNow(), clock.GetUtcNow());

        master.JumpTo(TestSimulator.ContinuousSession.AddHours(2));
        master.SetSpeed(60m);
        master.Resume();
        await Eventually.TrueAsync(
            () => !clock.IsPaused && clock.Speed == 60m && Math.Abs((master.GetUtcNow() - clock.GetUtcNow()).TotalSeconds) < 30,
            () => $"the follower at {clock.GetUtcNow():O} ({clock.Speed}×, paused {clock.IsPaused}) vs the simulator at {master.GetUtcNow():O}");

        master.Pause();
        await Eventually.TrueAsync(() => clock.IsPaused && clock.GetUtcNow() >= master.GetUtcNow(), () => $"the follower paused at or after {master.GetUtcNow():O}: {clock.GetUtcNow():O}, paused {clock.IsPaused}");
        await follower.StopAsync(ct);
    }
}
