using System.Net.WebSockets;
using System.Text;
using KisTrader.Kis.Simulator.Tests.Infrastructure;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;

namespace KisTrader.Kis.Simulator.Tests.Host;

/// <summary>
/// The WebSocket server of a started host (kis-api.md §3, §5): approval keys from /oauth2/Approval, one session per app
/// key, 41 registrations, data frames over the deterministic market, PINGPONG and the disconnect of a silent client.
/// </summary>
public sealed class WebSocketHostTests
{
    private static string MsgCd(System.Text.Json.JsonElement reply) => reply.GetProperty("body").S("msg_cd");

    [Fact]
    public async Task UnknownApprovalKey_Refused()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        await using var ws = await sim.ConnectWsAsync();

        var reply = await ws.RequestAsync("00000000-0000-0000-0000-000000000000", "H0STCNT0", "005930");

        Assert.Equal("OPSP0011", MsgCd(reply));
        Assert.NotEqual("0", reply.GetProperty("body").S("rt_cd"));
    }

    [Fact]
    public async Task SecondSessionForTheSameAppKey_Opsp8996AndClosed_OtherKeysFine()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var other = await sim.NewCallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        var secondApproval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var first = await sim.ConnectWsAsync();
        Assert.Equal("OPSP0000", MsgCd(await first.RequestAsync(approval, "H0STCNT0", "005930")));

        await using var second = await sim.ConnectWsAsync("/");
        await second.SendAsync(WsClient.SubscribeJson(secondApproval, "H0STCNT0", "000660"));
        var refused = await second.ReceiveAsync();
        await using var third = await sim.ConnectWsAsync("/tryitout/H0STCNT0");
        var otherReply = await third.RequestAsync(await sim.ApprovalKeyAsync(other.AppKey, other.AppSecret), "H0STCNT0", "005930");

        // The observed reply (kis-api.md §3): header tr_id "(null)", body rt_cd "9", OPSP8996 "ALREADY IN USE appkey".
        var json = System.Text.Json.JsonDocument.Parse(refused).RootElement;
        Assert.Equal("(null)", json.GetProperty("header").S("tr_id"));
        Assert.Equal(["rt_cd", "msg_cd", "msg1"], json.GetProperty("body").EnumerateObject().Select(p => p.Name));
        Assert.Equal(("9", "OPSP8996", "ALREADY IN USE appkey"), (json.GetProperty("body").S("rt_cd"), MsgCd(json), json.GetProperty("body").S("msg1")));
        Assert.Null(await second.ReceiveOrCloseAsync());
        Assert.Equal("OPSP0000", MsgCd(otherReply));
        Assert.Equal("OPSP0002", MsgCd(await first.RequestAsync(approval, "H0STCNT0", "005930")));   // the first session is untouched
        Assert.Equal(1, sim.Metrics.Snapshot().WebSocket.RegistrationRejections["OPSP8996"]);
    }

    [Fact]
    public async Task FortyOneRegistrations_TheFortySecondIsOpsp0008()
    {
        await using var sim = await SimulatorFixture.StartAsync(_ => { });
        var caller = await sim.CallerAsync();
        var (_, htsId) = await sim.AccountAsync(caller.AppKey);
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        var codes = sim.Service<KisTrader.Kis.Simulator.Market.ISimMarket>().Listings.Select(l => l.Code).Where(c => c.Length == 6).Take(41).ToArray();
        await using var ws = await sim.ConnectWsAsync();

        var replies = new List<string> { MsgCd(await ws.RequestAsync(approval, "H0STCNI0", htsId)) };
        replies.Add(MsgCd(await ws.RequestAsync(approval, "H0UPCNT0", "0001")));
        for (var i = 0; i < 39; i++)
        {
            replies.Add(MsgCd(await ws.RequestAsync(approval, i % 2 == 0 ? "H0STCNT0" : "H0STASP0", codes[i])));
        }

        var over = await ws.RequestAsync(approval, "H0STCNT0", codes[40]);
        var release = await ws.RequestAsync(approval, "H0STCNT0", codes[0], "2");
        var afterRelease = await ws.RequestAsync(approval, "H0STCNT0", codes[40]);

        Assert.Equal(41, replies.Count(r => r == "OPSP0000"));
        Assert.Equal("OPSP0008", MsgCd(over));
        Assert.Equal("MAX SUBSCRIBE OVER", over.GetProperty("body").S("msg1"));
        Assert.Equal("OPSP0001", MsgCd(release));
        Assert.Equal("OPSP0000", MsgCd(afterRelease));
        var metrics = sim.Metrics.Snapshot().WebSocket;
        Assert.Equal((42, 41, 1), (metrics.Registrations, metrics.RegistrationsActive, metrics.RegistrationRejections["OPSP0008"]));
    }

    [Fact]
    public async Task TradeAndIndexFrames_FromTheMarket_FieldCountsAndMultiRecordFrames()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Clock:Start"] = "2026-11-24T10:00:00+09:00");
        var caller = await sim.CallerAsync();
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();
        Assert.Equal("OPSP0000", MsgCd(await ws.RequestAsync(approval, "H0STCNT0", "005930")));
        Assert.Equal("OPSP0000", MsgCd(await ws.RequestAsync(approval, "H0UPCNT0", "0001")));
        await sim.StepAsync();                                        // the feed starts from the simulated now

        sim.Clock.Advance(TimeSpan.FromMinutes(1));
        await sim.StepAsync();

        var metrics = sim.Metrics.Snapshot().WebSocket;
        var frames = metrics.FramesByTrId.Values.Sum();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var multi = false;
        for (var i = 0; i < frames; i++)
        {
            var parts = (await ws.ReceiveAsync()).Split('|', 4);
            var count = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            var fields = parts[3].Split('^');
            Assert.Equal("0", parts[0]);
            Assert.Equal(3, parts[2].Length);
            Assert.Equal(count * (parts[1] == "H0STCNT0" ? 46 : 30), fields.Length);
            Assert.Equal(parts[1] == "H0STCNT0" ? "005930" : "0001", fields[0]);
            seen[parts[1]] = seen.GetValueOrDefault(parts[1]) + count;
            multi |= count > 1;
        }

        Assert.True(seen.GetValueOrDefault("H0STCNT0") > 0, "005930 trades every minute of the continuous session");
        Assert.True(seen.GetValueOrDefault("H0UPCNT0") > 0, "KOSPI ticks every minute");
        Assert.True(multi, "a minute of 005930 prints is batched into multi-record frames");
        Assert.Equal(seen.GetValueOrDefault("H0STCNT0"), metrics.RecordsByTrId["H0STCNT0"]);
    }

    [Fact]
    public async Task Paper_OnlyPaperRealtimeTrs()
    {
        await using var sim = await SimulatorFixture.StartAsync(s => s["Simulator:Profile"] = "Paper");
        var caller = await sim.CallerAsync();
        var (_, htsId) = await sim.AccountAsync(caller.AppKey);
        var approval = await sim.ApprovalKeyAsync(caller.AppKey, caller.AppSecret);
        await using var ws = await sim.ConnectWsAsync();

        Assert.Equal("OPSP0000", MsgCd(await ws.RequestAsync(approval, "H0STCNT0", "005930")));
        Assert.Equal("OPSP0000", MsgCd(await ws.RequestAsync(approval, "H0STASP0", "005930")));
        Assert.Equal("OPSP0000", MsgCd(await ws.RequestAsync(approval, "H0STCNI9", htsId)));
        Assert.Equal("OPSP8991", MsgCd(await ws.RequestAsync(approval, "H0STCNI0", htsId)));
        Assert.Equal("OPSP8991", MsgCd(await ws.RequestAsync(approval, "H0STOUP0", "005930")));
    }

    [Fact]
    public async Task PingPong_OnTheWallClock_SilentClientDroppedAndAnsweringClientKept()
    {
        await using var sim = await SimulatorFixture.StartAsync(s =>
        {
            s["Simulator:WebSocket:PingInterval"] = "00:00:10";
            s["Simulator:WebSocket:PongTimeout"] = "00:00:30";
        });
        await using var silent = await sim.ConnectWsAsync();
        await using var raw = await RawWsClient.ConnectAsync(sim.BaseUrl);
        await Eventually.TrueAsync(() => sim.Metrics.Snapshot().WebSocket.SessionsOpen == 2, "both sessions are open");

        sim.Wall.Advance(TimeSpan.FromSeconds(10));
        await sim.StepAsync();
        var ping = await silent.ReceiveAsync();
        var (opcode, rawPing) = await raw.ReadFrameAsync();
        // Answer like the official samples: a WS-level pong carrying the same payload.
        await raw.WriteFrameAsync(0xA, Encoding.UTF8.GetBytes(rawPing));
        await Eventually.TrueAsync(
            () => sim.Service<KisTrader.Kis.Simulator.WebSocket.Sessions.WsSessionRegistry>().Snapshot().Count(s => s.UnansweredPingTicks == 0) == 1,
            "the server has read the pong");
        sim.Wall.Advance(TimeSpan.FromSeconds(30));
        await sim.StepAsync();

        // 2026-11-23 15:25:00 KST on the paused simulated clock.
        Assert.Equal("""{"header":{"tr_id":"PINGPONG","datetime":"20261123152500"}}""", ping);
        Assert.Equal((1, ping), (opcode, rawPing));
        Assert.Null(await silent.ReceiveOrCloseAsync());
        Assert.NotEqual(WebSocketState.Open, silent.Socket.State);
        await Eventually.TrueAsync(() => sim.Metrics.Snapshot().WebSocket.SessionsOpen == 1, "only the answering session is left");
    }
}
