using System.Text.Json;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Simulator.Tests.Control;

/// <summary>GET/POST /sim/clock: read, jump, advance, speed, pause/resume — each test on its own host (the clock only moves forward).</summary>
public sealed class ClockControlTests
{
    [Fact]
    public async Task GetClock_FreshFixture_PausedAtStartInKst()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var clock = await sim.ControlAsync(HttpMethod.Get, "/sim/clock");

        Assert.Equal(200, clock.Status);
        Assert.Equal("2026-11-23T15:25:00.000+09:00", clock["now"]);
        Assert.Equal("2026-11-23 15:25:00", clock["kst"]);
        Assert.Equal(1m, clock.Body.GetProperty("speed").GetDecimal());
        Assert.True(clock.Body.GetProperty("paused").GetBoolean());
        Assert.True(clock.Body.GetProperty("controllable").GetBoolean());
    }

    [Fact]
    public async Task PostClock_Advance_MovesForwardByExactlyThatMuch()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var clock = await sim.ControlAsync(HttpMethod.Post, "/sim/clock", """{"advance":"00:05:00"}""");

        // 15:25:00 + 5 min = 15:30:00.
        Assert.Equal(200, clock.Status);
        Assert.Equal("2026-11-23 15:30:00", clock["kst"]);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9)), sim.Clock.GetUtcNow());
    }

    [Fact]
    public async Task PostClock_JumpToInstant_ClockReadsThatInstant()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var clock = await sim.ControlAsync(HttpMethod.Post, "/sim/clock", """{"to":"2026-11-24T08:59:30+09:00"}""");

        Assert.Equal(200, clock.Status);
        Assert.Equal("2026-11-24T08:59:30.000+09:00", clock["now"]);
    }

    [Fact]
    public async Task PostClock_JumpBackwards_Conflict409AndClockUnchanged()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var refused = await sim.ControlAsync(HttpMethod.Post, "/sim/clock", """{"to":"2026-11-23T15:24:59+09:00"}""");
        var same = await sim.ControlAsync(HttpMethod.Post, "/sim/clock", """{"to":"2026-11-23T15:25:00+09:00"}""");

        Assert.Equal(409, refused.Status);
        Assert.Contains("only moves forward", refused["error"], StringComparison.Ordinal);
        Assert.Equal(200, same.Status);
        Assert.Equal("2026-11-23 15:25:00", same["kst"]);
    }

    [Fact]
    public async Task PostClock_SpeedAndResume_SixtySimulatedSecondsPerWallSecond()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var running = await sim.ControlAsync(HttpMethod.Post, "/sim/clock", """{"speed":60,"paused":false}""");
        sim.Wall.Advance(TimeSpan.FromSeconds(1));
        var afterOneSecond = await sim.ControlAsync(HttpMethod.Get, "/sim/clock");
        sim.Wall.Advance(TimeSpan.FromMilliseconds(500));
        var afterHalfMore = await sim.ControlAsync(HttpMethod.Get, "/sim/clock");

        Assert.Equal(200, running.Status);
        Assert.False(running.Body.GetProperty("paused").GetBoolean());
        Assert.Equal(60m, running.Body.GetProperty("speed").GetDecimal());
        // 1 s wall × 60 = 60 s: 15:25:00 → 15:26:00; another 0.5 s × 60 = 30 s → 15:26:30.
        Assert.Equal("2026-11-23 15:26:00", afterOneSecond["kst"]);
        Assert.Equal("2026-11-23 15:26:30", afterHalfMore["kst"]);
    }

    [Fact]
    public async Task PauseResume_WallTimeWhilePaused_DoesNotMoveTheClock()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        await sim.ControlAsync(HttpMethod.Post, "/sim/clock/resume");
        sim.Wall.Advance(TimeSpan.FromSeconds(10)); // speed 1: +10 s → 15:25:10
        var paused = await sim.ControlAsync(HttpMethod.Post, "/sim/clock/pause");
        sim.Wall.Advance(TimeSpan.FromMinutes(5)); // paused: no change
        var stillPaused = await sim.ControlAsync(HttpMethod.Get, "/sim/clock");
        await sim.ControlAsync(HttpMethod.Post, "/sim/clock/resume");
        sim.Wall.Advance(TimeSpan.FromSeconds(2)); // +2 s → 15:25:12
        var resumed = await sim.ControlAsync(HttpMethod.Get, "/sim/clock");

        Assert.Equal("2026-11-23 15:25:10", paused["kst"]);
        Assert.True(paused.Body.GetProperty("paused").GetBoolean());
        Assert.Equal("2026-11-23 15:25:10", stillPaused["kst"]);
        Assert.Equal("2026-11-23 15:25:12", resumed["kst"]);
    }

    [Theory]
    [InlineData("""{"speed":0}""", 409)]
    [InlineData("""{"speed":-1}""", 409)]
    [InlineData("""{"advance":"00:01:00","to":"2026-11-23T16:00:00+09:00"}""", 400)]
    [InlineData("""{"to":"yesterday"}""", 400)]
    [InlineData("not json", 400)]
    public async Task PostClock_InvalidChange_RefusedWithError(string body, int status)
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var refused = await sim.ControlAsync(HttpMethod.Post, "/sim/clock", body);
        var clock = await sim.ControlAsync(HttpMethod.Get, "/sim/clock");

        Assert.Equal(status, refused.Status);
        Assert.NotEqual(string.Empty, refused["error"]);
        Assert.Equal("2026-11-23 15:25:00", clock["kst"]);
        Assert.Equal(1m, clock.Body.GetProperty("speed").GetDecimal());
    }

    [Fact]
    public async Task ExternalTimeProvider_ClockReadOnly_PostIs409()
    {
        var external = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
        var options = new SimulatorHostOptions { WallClock = external };
        options.Settings["Market:KospiListings"] = "50";
        options.Settings["Market:KosdaqListings"] = "50";
        await using var host = await SimulatorHost.StartAsync(options, external, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.BaseUrl };

        var read = JsonDocument.Parse(await http.GetStringAsync("/sim/clock", TestContext.Current.CancellationToken)).RootElement;
        using var post = await http.PostAsync("/sim/clock/pause", null, TestContext.Current.CancellationToken);

        // 06:00 UTC = 15:00 KST.
        Assert.Equal("2026-11-23 15:00:00", read.GetProperty("kst").GetString());
        Assert.False(read.GetProperty("controllable").GetBoolean());
        Assert.Equal(409, (int)post.StatusCode);
        Assert.Null(host.SimClock);
        Assert.Same(external, host.Clock);
    }
}
