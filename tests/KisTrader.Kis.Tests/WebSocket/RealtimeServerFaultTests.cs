using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>
/// The client against the simulator's WebSocket faults: "ALREADY IN SUBSCRIBE" for registrations re-sent after a
/// reconnect is a success (the registration stands, notices stay decryptable with the key/IV KIS gave before), and
/// malformed or truncated data frames are counted and skipped without losing the connection.
/// </summary>
public sealed class RealtimeServerFaultTests
{
    [Fact]
    public async Task ReconnectAnsweredAlreadyInSubscribe_RegistrationsStandAndDataFlows()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var token = await sim.TokenAsync(appKey, secret);
        var (cano, htsId) = await sim.AccountAsync(appKey);
        var (client, _, _) = sim.CreateClient(appKey, secret, o => o.HtsId = htsId);
        var ct = TestContext.Current.CancellationToken;
        await using var notices = await client.SubscribeFillNoticesAsync(ct);
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);

        await sim.AddFaultAsync("""{"kind":"wsAlreadySubscribed"}""");
        await sim.DropWebSocketsAsync();

        await Eventually.TrueAsync(
            async () =>
            {
                var m = await sim.MetricsAsync();
                var ws = m.GetProperty("webSocket");
                return ws.GetProperty("sessionsOpened").GetInt64() == 2 && ws.GetProperty("sessionsOpen").GetInt64() == 1
                    && m.GetProperty("faults").TryGetProperty("wsAlreadySubscribed", out var hits) && hits.GetInt64() == 2;
            },
            "both registrations re-sent on the new session and answered ALREADY IN SUBSCRIBE");
        // The simulator counts a reply when it sends it; the client marks the registration when it has read that reply.
        await Eventually.TrueAsync(() => client.Registrations.Count == 2 && client.Registrations.All(r => r.Registered),
            () => $"both registrations count as registered: {string.Join(", ", client.Registrations)}");
        Assert.Equal(2, (await sim.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());

        var order = await sim.OrderCashAsync(appKey, secret, token, cano, buy: true, "005930", "01", 2, 0m);
        Assert.True(order.GetProperty("rt_cd").GetString() == "0", order.ToString());
        await sim.AdvanceAsync(TimeSpan.FromSeconds(30));

        await Eventually.ReadAsync<FillNotice, FillNotice>(client.FillNotices, n => n.Kind == FillNoticeKind.Receipt, "the receipt, decrypted with the key/IV of the first session");
        await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, t => t.Symbol == "005930", "trades of the kept registration");
        Assert.Equal(0, client.Statistics.UndecryptableFrames);
    }

    [Theory]
    [InlineData("wsMalformed")]
    [InlineData("wsTruncated")]
    public async Task DamagedDataFrames_CountedAndSkipped_ConnectionKeepsDelivering(string kind)
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);
        await sim.AddFaultAsync($$"""{"kind":"{{kind}}","count":3}""");

        await sim.AdvanceAsync(TimeSpan.FromSeconds(30));

        await Eventually.TrueAsync(() => client.Statistics.MalformedFrames + client.Statistics.ShortFrames == 3, "three damaged frames counted");
        sim.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, t => t.Symbol == "005930", "intact trades after the damaged frames");
        Assert.Equal((1, 0), (client.Statistics.Connections, client.Statistics.Disconnects));
    }
}
