using System.Globalization;
using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.Infrastructure;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// The faults a KIS program meets in the field and the simulator now plays through /sim/faults: an order accepted whose
/// reply is lost, malformed and truncated WebSocket frames, and "ALREADY IN SUBSCRIBE" for a registration re-sent after a
/// reconnect. Host tests over raw HTTP / WebSocket; the wall clock is fake, so holds end only when the test moves it.
/// </summary>
public sealed class ProtocolFaultTests
{
    private static async Task<long> AddFaultAsync(SimulatorFixture sim, string json)
    {
        var added = await sim.ControlAsync(HttpMethod.Post, "/sim/faults", json);
        Assert.True(added.Status == 200, added.Text);
        return added.Body.EnumerateArray().Last().GetProperty("id").GetInt64();
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    private static string MsgCd(JsonElement reply) => reply.GetProperty("body").S("msg_cd");

    [Fact]
    public async Task ReplyLost_OrderIsPlacedButNeverAnswered_ConnectionAbortedAfterTheHold()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var (cano, _) = await sim.AccountAsync(caller.AppKey);
        var price = await sim.UpperLimitAsync(caller, "005930");
        await AddFaultAsync(sim, """{"kind":"replyLost","trIds":["TTTC0012U"],"count":1,"delay":"00:00:05"}""");

        var call = sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 3, price);
        await UntilAsync(() => sim.Metrics.Snapshot().Orders.Accepted == 1, "the order to reach the desk");
        sim.Wall.Advance(TimeSpan.FromSeconds(4));
        Assert.False(call.IsCompleted, "no answer while held");
        sim.Wall.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<HttpRequestException>(() => call);
        var orders = await sim.DailyCcldAsync(caller, cano, "20261123");
        var placed = Assert.Single(orders.Body.GetProperty("output1").EnumerateArray());
        Assert.Equal(("005930", "3"), (placed.S("pdno"), placed.S("ord_qty")));
        Assert.Equal(1, sim.Metrics.Snapshot().Faults["replyLost"]);
        var next = await sim.OrderCashAsync(caller, "TTTC0012U", cano, "005930", "00", 1, price);
        Assert.Equal((200, "0"), (next.Status, next.RtCd));
    }

    [Theory]
    [InlineData("wsMalformed")]
    [InlineData("wsTruncated")]
    public async Task DamagedFrames_NextFramesOnly_ThenIntactFramesAgain(string kind)
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Clock:Start"] = "2026-11-24T10:00:00+09:00");
        var caller = await sim.CallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        Assert.Equal("OPSP0000", MsgCd(await ws.RequestAsync(approval, "H0STCNT0", "005930")));
        await AddFaultAsync(sim, $$"""{"kind":"{{kind}}","count":2}""");

        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        await sim.StepAsync();

        var frames = sim.Metrics.Snapshot().WebSocket.FramesByTrId["H0STCNT0"];
        Assert.True(frames >= 4, $"{frames} frames");
        for (var i = 0; i < frames; i++)
        {
            var text = await ws.ReceiveAsync();
            var parts = text.Split('|', 4);
            var count = int.Parse(parts[2], CultureInfo.InvariantCulture);
            var fields = parts[3].Split('^').Length;
            if (i >= 2)
            {
                Assert.Equal(count * 46, fields);
            }
            else if (kind == "wsMalformed")
            {
                Assert.Equal((count - 1) * 46, fields);
            }
            else
            {
                Assert.True(fields < count * 46 && fields > 0, $"truncated frame {i}: {fields} fields for {count} records");
            }
        }
    }

    [Fact]
    public async Task AlreadySubscribed_RegistrationReSentAfterAReconnect_Opsp0002AndStillRegistered()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Clock:Start"] = "2026-11-24T10:00:00+09:00");
        var caller = await sim.CallerAsync();
        var (_, htsId) = await sim.AccountAsync(caller.AppKey);
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        var first = await sim.ConnectWsAsync();
        Assert.Equal("OPSP0000", MsgCd(await first.RequestAsync(approval, "H0STCNT0", "005930")));
        Assert.Equal("OPSP0000", MsgCd(await first.RequestAsync(approval, "H0STCNI0", htsId)));
        await AddFaultAsync(sim, """{"kind":"wsAlreadySubscribed"}""");
        await AddFaultAsync(sim, """{"kind":"wsDrop"}""");
        await first.DisposeAsync();

        await using var second = await sim.ConnectWsAsync();
        var trades = await second.RequestAsync(approval, "H0STCNT0", "005930");
        var notices = await second.RequestAsync(approval, "H0STCNI0", htsId);
        var fresh = await second.RequestAsync(approval, "H0STASP0", "005930");

        Assert.Equal(
            """{"header":{"tr_id":"H0STCNT0","tr_key":"005930","encrypt":"N"},"body":{"rt_cd":"1","msg_cd":"OPSP0002","msg1":"ALREADY IN SUBSCRIBE"}}""",
            trades.GetRawText());
        Assert.Equal(("1", "OPSP0002", "Y"), (notices.GetProperty("body").S("rt_cd"), MsgCd(notices), notices.GetProperty("header").S("encrypt")));
        Assert.Equal("OPSP0000", MsgCd(fresh));
        await UntilAsync(() => sim.Metrics.Snapshot().WebSocket.SessionsOpen == 1, "the dropped session to close");
        Assert.Equal(3, sim.Metrics.Snapshot().WebSocket.RegistrationsActive);

        sim.Clock.Advance(TimeSpan.FromSeconds(30));
        await sim.StepAsync();
        var frame = await second.ReceiveAsync();
        Assert.Contains(frame.Split('|')[1], new[] { "H0STCNT0", "H0STASP0" });
        Assert.Equal(2, sim.Metrics.Snapshot().Faults["wsAlreadySubscribed"]);
    }
}
