using System.Net.WebSockets;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>Every fault kind injected through POST /sim/faults (and a scenario's "faults"), observed over raw HTTP / WebSocket.</summary>
public sealed class FaultTests
{
    private static async Task<long> AddFaultAsync(SimulatorFixture sim, string json)
    {
        var added = await sim.ControlAsync(HttpMethod.Post, "/sim/faults", json);
        Assert.True(added.Status == 200, added.Text);
        return added.Body.EnumerateArray().Last().GetProperty("id").GetInt64();
    }

    private static async Task<long> HitsAsync(SimulatorFixture sim, long id)
    {
        var list = await sim.ControlAsync(HttpMethod.Get, "/sim/faults");
        return list.Body.EnumerateArray().Single(f => f.GetProperty("id").GetInt64() == id).GetProperty("hits").GetInt64();
    }

    /// <summary>Waits until the server holds the call (the fault counted a hit), polling the control API.</summary>
    private static Task UntilHitAsync(SimulatorFixture sim, long id) =>
        Eventually.TrueAsync(async () => await HitsAsync(sim, id) > 0, $"fault {id} holds the call (counted a hit)");

    [Fact]
    public async Task Http500_CountOne_OneServerErrorThenNormal()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var id = await AddFaultAsync(sim, """{"kind":"http500","count":1}""");

        var failed = await sim.PriceAsync(caller);
        var next = await sim.PriceAsync(caller);

        Assert.Equal(500, failed.Status);
        Assert.Equal(("1", "EGW00002", "서버 에러가 발생했습니다."), (failed.RtCd, failed.MsgCd, failed["msg1"]));
        Assert.Equal(200, next.Status);
        Assert.Equal(1, await HitsAsync(sim, id));
        Assert.Equal(1, sim.Metrics.Snapshot().Faults["http500"]);
    }

    [Fact]
    public async Task Http500_AtARate_SeededAndLimitedToItsTrIdsAndWindow()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var id = await AddFaultAsync(sim, """{"kind":"http500","rate":0.5,"status":503,"trIds":["FHKST01010100"],"to":"2026-11-23T15:26:00+09:00"}""");

        var statuses = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await sim.PriceAsync(caller)).Status);
        }

        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        var otherTr = await sim.BalanceAsync(caller, cano);
        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        var afterWindow = await sim.PriceAsync(caller);

        var errors = statuses.Count(s => s == 503);
        Assert.Equal(40, statuses.Count(s => s is 200 or 503));
        Assert.InRange(errors, 8, 32);                                  // 40 draws at p = 0.5
        Assert.Equal(errors, await HitsAsync(sim, id));
        Assert.Equal(200, otherTr.Status);
        Assert.Equal(200, afterWindow.Status);
    }

    [Fact]
    public async Task Slow_AnswersOnlyAfterTheDelayOnTheWallClock()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var id = await AddFaultAsync(sim, """{"kind":"slow","delay":"00:00:02","count":1}""");

        var call = sim.PriceAsync(caller);
        await UntilHitAsync(sim, id);
        sim.Wall.Advance(TimeSpan.FromSeconds(1.999));
        Assert.False(call.IsCompleted);
        sim.Wall.Advance(TimeSpan.FromMilliseconds(1));
        var answer = await call;

        Assert.Equal((200, "0"), (answer.Status, answer.RtCd));
        Assert.Equal(1, sim.Metrics.Snapshot().Faults["slow"]);
    }

    [Fact]
    public async Task Timeout_HoldsThenDropsTheConnectionWithoutAnAnswer()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var id = await AddFaultAsync(sim, """{"kind":"timeout","delay":"00:00:05","count":1}""");

        var call = sim.PriceAsync(caller);
        await UntilHitAsync(sim, id);
        sim.Wall.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted);
        sim.Wall.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<HttpRequestException>(() => call);
        Assert.Equal(200, (await sim.PriceAsync(caller)).Status);
    }

    [Fact]
    public async Task OrderReject_HitsOrdersOnlyWithTheGivenCode()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        await AddFaultAsync(sim, """{"kind":"orderReject","msgCd":"APBK0919","msg1":"장운영일자가 주문일과 상이합니다."}""");

        var quote = await sim.PriceAsync(caller);
        var order = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 1, await sim.UpperLimitAsync(caller, "005930"));

        Assert.Equal(200, quote.Status);
        Assert.Equal(500, order.Status);
        Assert.Equal(("1", "APBK0919", "장운영일자가 주문일과 상이합니다."), (order.RtCd, order.MsgCd, order["msg1"]));
        Assert.Equal(0, sim.Metrics.Snapshot().Orders.Accepted);
    }

    [Fact]
    public async Task InvalidateTokens_AtOnce_Egw00121ForThatKeyOnly()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var victim = await sim.NewCallerAsync();
        var bystander = await sim.NewCallerAsync();

        await AddFaultAsync(sim, $$"""{"kind":"invalidateTokens","appKey":"{{victim.AppKey}}"}""");

        Assert.Equal("EGW00121", (await sim.PriceAsync(victim)).MsgCd);
        Assert.Equal(200, (await sim.PriceAsync(bystander)).Status);
    }

    [Fact]
    public async Task ExpireTokens_AtAScheduledInstant_Egw00123FromThenOn()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        await AddFaultAsync(sim, """{"kind":"expireTokens","at":"2026-11-23T15:40:00+09:00"}""");

        sim.Clock.JumpTo(new DateTimeOffset(2026, 11, 23, 15, 39, 59, TimeSpan.FromHours(9)));
        var before = await sim.PriceAsync(caller);
        sim.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = await sim.PriceAsync(caller);

        Assert.Equal(200, before.Status);
        Assert.Equal((500, "EGW00123", "기간이 만료된 token 입니다."), (after.Status, after.MsgCd, after["msg1"]));
    }

    [Fact]
    public async Task WsDrop_AtAScheduledInstant_SessionsDroppedWithoutCloseAndReconnectWorks()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        Assert.Equal("OPSP0000", (await ws.RequestAsync(approval, "H0STCNT0", "005930")).GetProperty("body").S("msg_cd"));
        await AddFaultAsync(sim, """{"kind":"wsDrop","at":"2026-11-23T15:27:00+09:00"}""");

        // The jump fires the due fault (the scheduler also polls on the wall clock).
        sim.Clock.JumpTo(new DateTimeOffset(2026, 11, 23, 15, 27, 0, TimeSpan.FromHours(9)));

        Assert.Null(await ws.ReceiveOrCloseAsync());
        Assert.NotEqual(WebSocketState.Open, ws.Socket.State);
        await Eventually.TrueAsync(() => sim.Metrics.Snapshot().WebSocket.SessionsOpen == 0, "the session is gone");
        Assert.Equal(1, sim.Metrics.Snapshot().Faults["wsDrop"]);
        await using var again = await sim.ConnectWsAsync();
        Assert.Equal("OPSP0000", (await again.RequestAsync(approval, "H0STCNT0", "005930")).GetProperty("body").S("msg_cd"));
    }

    [Fact]
    public async Task ScenarioFaults_LoadedThroughTheControlApi_ApplyInTheirWindow()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var scenario = """
            {
              "name": "faulty afternoon", "seed": 42,
              "faults": [ { "kind": "http500", "from": "2026-11-23T15:30:00+09:00", "to": "2026-11-23T15:35:00+09:00" } ]
            }
            """;

        var loaded = await sim.ControlAsync(HttpMethod.Post, "/sim/scenario", scenario);
        var list = await sim.ControlAsync(HttpMethod.Get, "/sim/faults");
        var before = await sim.PriceAsync(caller);
        sim.Clock.JumpTo(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9)));
        var inside = await sim.PriceAsync(caller);
        sim.Clock.JumpTo(new DateTimeOffset(2026, 11, 23, 15, 35, 0, TimeSpan.FromHours(9)));
        var after = await sim.PriceAsync(caller);

        Assert.Equal(200, loaded.Status);
        Assert.Equal(1, loaded.Body.GetProperty("faults").GetInt32());
        Assert.Equal("scenario", Assert.Single(list.Body.EnumerateArray()).S("source"));
        Assert.Equal(200, before.Status);
        Assert.Equal((500, "EGW00002"), (inside.Status, inside.MsgCd));
        Assert.Equal(200, after.Status);
    }

    [Fact]
    public async Task BadFault_400NamingTheProblemAndNothingAdded()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });

        var refused = await sim.ControlAsync(HttpMethod.Post, "/sim/faults", """[{"kind":"http500"},{"kind":"http500","rate":2}]""");
        var list = await sim.ControlAsync(HttpMethod.Get, "/sim/faults");

        Assert.Equal(400, refused.Status);
        Assert.Equal("faults[1].rate: 2 is not a probability between 0 and 1.", refused["error"]);
        Assert.Empty(list.Body.EnumerateArray());
    }

    [Fact]
    public async Task DeleteFaults_RemovesOneOrAll()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var first = await AddFaultAsync(sim, """{"kind":"http500"}""");
        await AddFaultAsync(sim, """{"kind":"slow","delay":"00:00:01"}""");

        var removeOne = await sim.ControlAsync(HttpMethod.Delete, $"/sim/faults/{first}");
        var missing = await sim.ControlAsync(HttpMethod.Delete, $"/sim/faults/{first}");
        var removeAll = await sim.ControlAsync(HttpMethod.Delete, "/sim/faults");
        var call = await sim.PriceAsync(caller);

        Assert.Equal(204, removeOne.Status);
        Assert.Equal(404, missing.Status);
        Assert.Equal(1, removeAll.Body.GetProperty("removed").GetInt32());
        Assert.Equal(200, call.Status);
    }
}
