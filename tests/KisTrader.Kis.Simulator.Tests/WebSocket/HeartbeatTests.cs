using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.Tests.WebSocket;

/// <summary>PINGPONG on the wall clock (10 s interval and 30 s allowed silence in the test host); text echo and WS pong both answer.</summary>
public sealed class HeartbeatTests
{
    private static Task AnsweredAsync(WsTestHost host) =>
        Eventually.TrueAsync(() => host.Service<WsSessionRegistry>().Snapshot().All(s => s.UnansweredPingTicks == 0), "the server has read the answer");

    [Fact]
    public async Task Heartbeat_AtTheInterval_SendsPingPongStampedWithSimulatedKst()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();

        host.Wall.Advance(TimeSpan.FromSeconds(9.999));
        await host.StepAsync();
        host.Wall.Advance(TimeSpan.FromMilliseconds(1));
        await host.StepAsync();

        // Only the step at 10.000 s sends; the simulated clock reads 2026-11-23 15:25:00 KST.
        Assert.Equal("""{"header":{"tr_id":"PINGPONG","datetime":"20261123152500"}}""", await client.ReceiveAsync());
    }

    [Fact]
    public async Task Heartbeat_SilentClient_ClosedAtTheTimeoutNotBefore()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        host.Wall.Advance(TimeSpan.FromSeconds(10));
        await host.StepAsync();
        await client.ReceiveAsync();                                  // PINGPONG at 10 s, never answered

        host.Wall.Advance(TimeSpan.FromSeconds(29.999));
        await host.StepAsync();
        Assert.StartsWith("""{"header":{"tr_id":"PINGPONG""", await client.ReceiveAsync(), StringComparison.Ordinal);   // 39.999 s: still open
        host.Wall.Advance(TimeSpan.FromMilliseconds(1));
        await host.StepAsync();                                       // 40 s: 30 s after the first unanswered PINGPONG

        Assert.Null(await client.ReceiveOrCloseAsync());
        Assert.NotEqual(WebSocketState.Open, client.Socket.State);
        await Eventually.TrueAsync(() => host.Service<WsSessionRegistry>().Count == 0, "the session is gone");
    }

    [Fact]
    public async Task Heartbeat_TextEchoAnswers_SessionStaysOpenPastManyTimeouts()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        for (var round = 0; round < 4; round++)
        {
            host.Wall.Advance(TimeSpan.FromSeconds(10));
            await host.StepAsync();
            var ping = await client.ReceiveAsync();
            await client.SendAsync(ping);                             // PYKIS: echo the JSON back as text
            await AnsweredAsync(host);
            host.Wall.Advance(TimeSpan.FromSeconds(35));              // longer than the 30 s timeout since that PINGPONG
            await host.StepAsync();
            await client.SendAsync(await client.ReceiveAsync());
            await AnsweredAsync(host);
        }

        var reply = await client.RequestAsync("approval-real-1", "H0STCNT0", "005930");
        Assert.Equal("OPSP0000", reply.GetProperty("body").GetProperty("msg_cd").GetString());
    }

    [Fact]
    public async Task Heartbeat_WebSocketPongFrameAnswers_SessionStaysOpen()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var raw = await RawWsClient.ConnectAsync(host.BaseUrl);
        await Eventually.TrueAsync(() => host.Service<WsSessionRegistry>().Count == 1, "the session is registered");

        host.Wall.Advance(TimeSpan.FromSeconds(10));
        await host.StepAsync();
        var (opcode, ping) = await raw.ReadFrameAsync();
        Assert.Equal((1, "PINGPONG"), (opcode, JsonDocument.Parse(ping).RootElement.GetProperty("header").GetProperty("tr_id").GetString()));

        await raw.WriteFrameAsync(0xA, Encoding.UTF8.GetBytes(ping));   // official samples: await ws.pong(raw)
        await AnsweredAsync(host);
        host.Wall.Advance(TimeSpan.FromSeconds(30));
        await host.StepAsync();

        // Not closed: the next frame is the following PINGPONG, not a close frame.
        Assert.Equal(1, (await raw.ReadFrameAsync()).Opcode);
        Assert.Equal(1, host.Service<WsSessionRegistry>().Count);
    }

    [Fact]
    public async Task Heartbeat_PongTimeoutZero_NeverDisconnects()
    {
        await using var host = await WsTestHost.StartAsync(new() { ["Simulator:WebSocket:PongTimeout"] = "00:00:00" });
        await using var client = await host.ConnectAsync();
        host.Wall.Advance(TimeSpan.FromSeconds(10));
        await host.StepAsync();
        await client.ReceiveAsync();
        host.Wall.Advance(TimeSpan.FromHours(1));
        await host.StepAsync();
        Assert.StartsWith("""{"header":{"tr_id":"PINGPONG""", await client.ReceiveAsync(), StringComparison.Ordinal);
    }
}
