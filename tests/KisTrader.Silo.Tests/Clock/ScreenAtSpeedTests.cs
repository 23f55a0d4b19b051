using System.Globalization;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Infrastructure;
using KisTrader.Silo.Tests.Simulation;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Tests.Clock;

/// <summary>
/// The one-process run at 60× against the same run at 1×: with the real rate limit on both sides (18 calls per
/// simulated second, the simulator's sliding window on the shared simulated clock) the screen gets no EGW00201, makes the
/// same broker calls and takes the same simulated time (within 10 %). That holds by construction, not by the machine's
/// speed: the run and each of its workers hold the simulated clock while they work (the work hold,
/// docs/simulated-time.md), so simulated time passes only while all of them wait for a permit — a wall-clock latency
/// (a slow grain turn, a loaded machine) costs none at any speed. Both runs start at the close, so the whole funnel (master
/// files, history, quotes, details) runs inside the measured screen at both speeds; a long attempt timeout keeps a wall
/// stall of the loaded machine from turning into a retry. A small market (60 + 90 listings) keeps the 1× run short. The
/// figures are written to the test output.
/// </summary>
public sealed class ScreenAtSpeedTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public async Task FullScreen_At60x_NoEgw00201_SameCallsAndSimulatedDurationWithinTenPercentOfThe1xRun()
    {
        var realTime = await ScreenAsync(1m);
        var fast = await ScreenAsync(60m);

        TestContext.Current.TestOutputHelper?.WriteLine($"screen: 1× {realTime.Duration.TotalSeconds:0.00} s simulated ({realTime.Calls} calls, {realTime.Wall.TotalSeconds:0.0} s wall); 60× {fast.Duration.TotalSeconds:0.00} s simulated ({fast.Calls} calls, {fast.Wall.TotalSeconds:0.0} s wall)");
        Assert.Equal(0, realTime.RateLimited);
        Assert.Equal(0, fast.RateLimited);
        Assert.Equal(realTime.Calls, fast.Calls);
        Assert.True(realTime.Duration > TimeSpan.Zero, "the 1× screen took no simulated time");
        Assert.InRange(fast.Duration, realTime.Duration * 0.9, realTime.Duration * 1.1);
    }

    private static async Task<(TimeSpan Duration, int Calls, long RateLimited, TimeSpan Wall)> ScreenAsync(decimal speed)
    {
        using var console = new CapturedConsole();
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["KisTrader:Simulation:Start"] = "2026-11-23T15:30:00+09:00",
            ["KisTrader:Schedule:CatchUpWindow"] = "01:00:00",
            ["KisTrader:Simulation:Speed"] = speed.ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:ClusterId"] = $"speed-{Guid.NewGuid():N}",
            ["KisTrader:Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Market:KospiListings"] = "60",
            ["Market:KosdaqListings"] = "90",
            ["Kis:Resilience:QueryTimeout"] = "00:05:00",
            ["Kis:Resilience:OrderTimeout"] = "00:05:00",
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var run = await SimulationRun.StartAsync([], settings, console, cancellationToken: TestContext.Current.CancellationToken);
        var session = run.Host.Services.GetRequiredService<IGrainFactory>().GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Day));
        var screen = await SimulatedClockSiloFixture.EventuallyAsync(() => session.GetScreenAsync().AsTask(), s => s is not null, $"the screen at {speed}×");
        var wall = watch.Elapsed;
        var status = await session.GetStatusAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{speed}×: started {status.StartedAt:HH:mm:ss.fff} finished {status.FinishedAt:HH:mm:ss.fff}; " + string.Join("; ", status.Stages.Select(st => $"{st.Name} {st.Calls} calls {st.Elapsed.TotalSeconds:0.00} s")));
        using var http = new HttpClient { BaseAddress = run.Simulator.BaseUrl };
        using var metrics = JsonDocument.Parse(await http.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return (screen!.Duration, screen.BrokerCalls, metrics.RootElement.GetProperty("rest").GetProperty("rateLimited").GetInt64(), wall);
    }
}
