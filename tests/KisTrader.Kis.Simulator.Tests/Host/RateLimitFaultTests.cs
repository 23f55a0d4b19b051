using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>The <c>rateLimit</c> fault (an EGW00201 burst), observed over raw HTTP like <see cref="FaultTests"/>.</summary>
public sealed class RateLimitFaultTests
{
    [Fact]
    public async Task RateLimit_CountTwo_TwoEgw00201AsTheLimiterAnswersThenNormal()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var added = await sim.ControlAsync(HttpMethod.Post, "/sim/faults", """{"kind":"rateLimit","count":2}""");
        Assert.True(added.Status == 200, added.Text);

        var first = await sim.PriceAsync(caller);
        var second = await sim.PriceAsync(caller);
        var next = await sim.PriceAsync(caller);

        // kis-api.md §2.6: EGW00201 "초당 거래건수를 초과하였습니다.", rt_cd "1", HTTP 500 (the gateway's business-error status).
        Assert.All([first, second], r => Assert.Equal((500, "1", "EGW00201", "초당 거래건수를 초과하였습니다."), (r.Status, r.RtCd, r.MsgCd, r["msg1"])));
        Assert.Equal(200, next.Status);
        var metrics = sim.Metrics.Snapshot();
        Assert.Equal((2L, 2L), (metrics.Faults["rateLimit"], metrics.Rest.RateLimited));
    }

    [Fact]
    public async Task RateLimit_WithAt_400NamingTheField()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var refused = await sim.ControlAsync(HttpMethod.Post, "/sim/faults", """{"kind":"rateLimit","at":"2026-11-23T16:00:00+09:00"}""");

        Assert.Equal(400, refused.Status);
        Assert.Contains("at: request faults use from/to, not at.", refused.Text, StringComparison.Ordinal);
    }
}
