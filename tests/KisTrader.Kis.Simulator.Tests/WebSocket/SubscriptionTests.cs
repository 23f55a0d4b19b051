using System.Net.WebSockets;
using System.Text.Json;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;

namespace KisTrader.Kis.Simulator.Tests.WebSocket;

/// <summary>Subscribe/unsubscribe control replies over a raw WebSocket (kis-api.md §5.1–§5.2, §3 limits).</summary>
public sealed class SubscriptionTests
{
    private const string RealKey = "approval-real-1";

    private static string Text(JsonElement reply, string part, string name) => reply.GetProperty(part).GetProperty(name).GetString()!;

    [Fact]
    public async Task Subscribe_MarketTr_RepliesSubscribeSuccessWithIvAndKey()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        var reply = await client.RequestAsync(RealKey, "H0STCNT0", "005930");

        Assert.Equal(("H0STCNT0", "005930", "N"), (Text(reply, "header", "tr_id"), Text(reply, "header", "tr_key"), Text(reply, "header", "encrypt")));
        Assert.Equal(("0", "OPSP0000", "SUBSCRIBE SUCCESS"), (Text(reply, "body", "rt_cd"), Text(reply, "body", "msg_cd"), Text(reply, "body", "msg1")));
        var output = reply.GetProperty("body").GetProperty("output");
        Assert.Equal(16, output.GetProperty("iv").GetString()!.Length);
        Assert.Equal(32, output.GetProperty("key").GetString()!.Length);
        Assert.Equal(["header", "body"], reply.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Subscribe_FillNoticeTr_IsEncryptedY()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        var reply = await client.RequestAsync(RealKey, "H0STCNI0", "realhts");
        Assert.Equal(("Y", "OPSP0000"), (Text(reply, "header", "encrypt"), Text(reply, "body", "msg_cd")));
    }

    [Fact]
    public async Task Subscribe_Twice_SecondRepliesAlreadyInSubscribe()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        await client.RequestAsync(RealKey, "H0STASP0", "005930");
        var again = await client.RequestAsync(RealKey, "H0STASP0", "005930");
        Assert.Equal(("1", "OPSP0002", "ALREADY IN SUBSCRIBE"), (Text(again, "body", "rt_cd"), Text(again, "body", "msg_cd"), Text(again, "body", "msg1")));
    }

    [Fact]
    public async Task Unsubscribe_RegisteredThenAgain_RepliesUnsubscribeThenNotFound()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        await client.RequestAsync(RealKey, "H0STCNT0", "005930");

        var released = await client.RequestAsync(RealKey, "H0STCNT0", "005930", trType: "2");
        Assert.Equal(("0", "OPSP0001"), (Text(released, "body", "rt_cd"), Text(released, "body", "msg_cd")));
        Assert.StartsWith("UNSUB", Text(released, "body", "msg1"), StringComparison.Ordinal);

        var again = await client.RequestAsync(RealKey, "H0STCNT0", "005930", trType: "2");
        Assert.Equal(("1", "OPSP0003", "UNSUBSCRIBE ERROR(not found!)"), (Text(again, "body", "rt_cd"), Text(again, "body", "msg_cd"), Text(again, "body", "msg1")));
    }

    [Fact]
    public async Task Subscribe_42ndRegistration_RepliesMaxSubscribeOverAndFreeingOneAllowsIt()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        for (var i = 0; i < 41; i++)
        {
            var reply = await client.RequestAsync(RealKey, i % 2 == 0 ? "H0STCNT0" : "H0STASP0", (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("OPSP0000", Text(reply, "body", "msg_cd"));
        }

        var over = await client.RequestAsync(RealKey, "H0STCNT0", "005930");
        Assert.Equal(("1", "OPSP0008", "MAX SUBSCRIBE OVER"), (Text(over, "body", "rt_cd"), Text(over, "body", "msg_cd"), Text(over, "body", "msg1")));

        await client.RequestAsync(RealKey, "H0STCNT0", "100000", trType: "2");
        Assert.Equal("OPSP0000", Text(await client.RequestAsync(RealKey, "H0STCNT0", "005930"), "body", "msg_cd"));
    }

    [Fact]
    public async Task Connect_SecondSessionOfTheSameAppKey_RepliesAlreadyInUseAndCloses()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var first = await host.ConnectAsync();
        await first.RequestAsync(RealKey, "H0STCNT0", "005930");
        await using var second = await host.ConnectAsync("/");

        var reply = await second.RequestAsync(RealKey, "H0STCNT0", "005930");
        Assert.Equal(("(null)", "9", "OPSP8996", "ALREADY IN USE appkey"),
            (Text(reply, "header", "tr_id"), Text(reply, "body", "rt_cd"), Text(reply, "body", "msg_cd"), Text(reply, "body", "msg1")));
        Assert.Null(await second.ReceiveOrCloseAsync());

        // The first session is untouched; another app key may connect alongside.
        Assert.Equal("OPSP0002", Text(await first.RequestAsync(RealKey, "H0STCNT0", "005930"), "body", "msg_cd"));
        await using var other = await host.ConnectAsync();
        Assert.Equal("OPSP0000", Text(await other.RequestAsync("approval-real-2", "H0STCNT0", "005930"), "body", "msg_cd"));
    }

    [Fact]
    public async Task Connect_AfterTheFirstSessionClosed_TheAppKeyIsFreeAgain()
    {
        await using var host = await WsTestHost.StartAsync();
        var first = await host.ConnectAsync();
        await first.RequestAsync(RealKey, "H0STCNT0", "005930");
        await first.DisposeAsync();

        // The server notices the close on its receive loop; retry until it has (bounded), no fixed sleep.
        JsonElement reply = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var next = await host.ConnectAsync();
            reply = await next.RequestAsync(RealKey, "H0STCNT0", "005930");
            if (Text(reply, "body", "msg_cd") == "OPSP0000")
            {
                break;
            }

            await Task.Yield();
        }

        Assert.Equal("OPSP0000", Text(reply, "body", "msg_cd"));
    }

    [Fact]
    public async Task Subscribe_UnknownApprovalKey_RepliesInvalidApproval()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        var reply = await client.RequestAsync("nope", "H0STCNT0", "005930");
        Assert.Equal(("1", "OPSP0011", "invalid approval : NOT FOUND"), (Text(reply, "body", "rt_cd"), Text(reply, "body", "msg_cd"), Text(reply, "body", "msg1")));
    }

    [Fact]
    public async Task Subscribe_NotJson_RepliesJsonParsingError()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        await client.SendAsync("hello");
        var reply = JsonDocument.Parse(await client.ReceiveAsync()).RootElement;
        Assert.Equal(("(null)", "9", "OPSP9999"), (Text(reply, "header", "tr_id"), Text(reply, "body", "rt_cd"), Text(reply, "body", "msg_cd")));
    }

    [Theory]
    [InlineData("approval-paper-1", "H0STCNI0", "OPSP8991")]
    [InlineData("approval-paper-1", "H0STOUP0", "OPSP8991")]
    [InlineData("approval-paper-1", "H0UPCNT0", "OPSP8991")]
    [InlineData("approval-paper-1", "H0STCNI9", "OPSP0000")]
    [InlineData("approval-paper-1", "H0STASP0", "OPSP0000")]
    [InlineData("approval-real-1", "H0STCNI9", "OPSP8991")]
    [InlineData("approval-real-1", "H0XXXXX0", "OPSP8991")]
    [InlineData("approval-real-1", "H0UPCNT0", "OPSP0000")]
    public async Task Subscribe_TrAvailability_FollowsTheProfile(string approvalKey, string trId, string expected)
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        Assert.Equal(expected, Text(await client.RequestAsync(approvalKey, trId, trId == "H0UPCNT0" ? "0001" : "005930"), "body", "msg_cd"));
    }

    [Theory]
    [InlineData("/uapi/domestic-stock/v1/quotations/inquire-price")]
    [InlineData("/oauth2/tokenP")]
    [InlineData("/sim/clock")]
    public async Task Connect_ExcludedPrefix_IsNotAWebSocketEndpoint(string path)
    {
        await using var host = await WsTestHost.StartAsync();
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(host.WebSocketUrl, path), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tryitout")]
    [InlineData("/tryitout/H0STCNT0")]
    [InlineData("/anything/else")]
    public async Task Connect_AnyOtherPath_Accepted(string path)
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync(path);
        Assert.Equal("OPSP0000", Text(await client.RequestAsync(RealKey, "H0STCNT0", "005930"), "body", "msg_cd"));
    }

    [Fact]
    public async Task Drop_OneAppKey_AbortsOnlyItsSessionAndTheKeyCanReconnect()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var dropped = await host.ConnectAsync();
        await dropped.RequestAsync(RealKey, "H0STCNT0", "005930");
        await using var kept = await host.ConnectAsync();
        await kept.RequestAsync("approval-real-2", "H0STCNT0", "005930");

        Assert.Equal(1, host.Service<KisTrader.Kis.Simulator.WebSocket.Sessions.WsSessionRegistry>().Drop("real-1"));

        Assert.Null(await dropped.ReceiveOrCloseAsync());
        Assert.Equal("OPSP0002", Text(await kept.RequestAsync("approval-real-2", "H0STCNT0", "005930"), "body", "msg_cd"));
        await Eventually.TrueAsync(() => host.Service<KisTrader.Kis.Simulator.WebSocket.Sessions.WsSessionRegistry>().Count == 1, "the dropped session is gone");
        await using var again = await host.ConnectAsync();
        Assert.Equal("OPSP0000", Text(await again.RequestAsync(RealKey, "H0STCNT0", "005930"), "body", "msg_cd"));
    }
}
