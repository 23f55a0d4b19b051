using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// The market-data pump is anchored when the host starts: a clock move made before its first step is delivered by that
/// step (no wait for the pump to "warm up"). The fixture's wall clock is fake, so the pump runs only when the test steps it.
/// </summary>
public sealed class FeedStartupTests
{
    [Fact]
    public async Task ClockMovedBeforeTheFirstPumpStep_FirstStepDeliversTheMove()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Clock:Start"] = "2026-11-24T10:00:00+09:00");
        sim.Clock.Advance(TimeSpan.FromMinutes(1));                  // before any pump step
        var caller = await sim.CallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        var reply = await ws.RequestAsync(approval, "H0STCNT0", "005930");
        Assert.Equal("OPSP0000", reply.GetProperty("body").GetProperty("msg_cd").GetString());

        await sim.StepAsync();                                        // the first step

        var records = sim.Metrics.Snapshot().WebSocket.RecordsByTrId.GetValueOrDefault("H0STCNT0");
        Assert.True(records >= 60, $"the minute moved before the first step is delivered ({records} prints)");
        var first = (await ws.ReceiveAsync()).Split('|', 4);
        Assert.Equal("H0STCNT0", first[1]);
        Assert.StartsWith("005930^1000", first[3], StringComparison.Ordinal);
    }
}
