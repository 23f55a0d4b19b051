using System.Globalization;
using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>Reference counting, the 41-registration cap with priorities, ALREADY IN SUBSCRIBE and OPSP8996 against the simulator.</summary>
public sealed class RealtimeSubscriptionTests
{
    private static string Code(int i) => (900000 + i).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task ReferenceCounting_OneRegistrationPerKey_ReleasedWithTheLastHolder()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;

        var first = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.WatchList, ct);
        var second = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((1, 1), (ws.GetProperty("registrations").GetInt64(), ws.GetProperty("registrationsActive").GetInt64()));
        var held = Assert.Single(client.Registrations);
        Assert.Equal((2, SubscriptionPriority.Position, true), (held.References, held.Priority, held.Registered));

        await first.DisposeAsync();
        await first.DisposeAsync(); // a second dispose of the same handle releases nothing more
        ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((1, 0), (ws.GetProperty("registrationsActive").GetInt64(), ws.GetProperty("unregistrations").GetInt64()));

        await second.DisposeAsync();
        ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((0, 1), (ws.GetProperty("registrationsActive").GetInt64(), ws.GetProperty("unregistrations").GetInt64()));
        Assert.Empty(client.Registrations);
    }

    [Fact]
    public async Task Registration42_RefusedOnTheClientBeforeAnythingIsSent()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 41; i++)
        {
            await client.SubscribeAsync(KisRealtimeTrIds.Trade, Code(i), SubscriptionPriority.WatchList, ct);
        }

        var refused = await Assert.ThrowsAsync<KisSubscriptionLimitException>(
            () => client.SubscribeAsync(KisRealtimeTrIds.OrderBook, Code(0), SubscriptionPriority.WatchList, ct));

        Assert.True(refused.IsClientSide);
        Assert.Contains("all 41 realtime registrations", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Kis:WebSocket:MaxRegistrations", refused.Message, StringComparison.Ordinal);
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal(41, ws.GetProperty("registrations").GetInt64());
        Assert.False(ws.GetProperty("registrationRejections").TryGetProperty("OPSP0008", out _), "nothing reached the server");
        Assert.Equal(41, client.Registrations.Count);
    }

    [Fact]
    public async Task Priority_APositionEvictsTheNewestWatchListSymbol_WhichReturnsWhenASlotFrees()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret, o => o.MaxRegistrations = 3);
        var ct = TestContext.Current.CancellationToken;
        var fills = await client.SubscribeAsync(KisRealtimeTrIds.FillNotice, "somehts", SubscriptionPriority.Account, ct);
        await client.SubscribeAsync(KisRealtimeTrIds.Trade, Code(1), SubscriptionPriority.WatchList, ct);
        await client.SubscribeAsync(KisRealtimeTrIds.Trade, Code(2), SubscriptionPriority.WatchList, ct);

        var position = await client.SubscribeAsync(KisRealtimeTrIds.Trade, Code(3), SubscriptionPriority.Position, ct);

        var lost = await Eventually.ReadAsync<KisRealtimeEvent, SubscriptionLost>(client.Notices, _ => true, "the eviction notice");
        Assert.Equal((Code(2), SubscriptionLostReason.Evicted), (lost.TrKey, lost.Reason));
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((4, 3), (ws.GetProperty("registrations").GetInt64(), ws.GetProperty("registrationsActive").GetInt64()));
        Assert.True(client.Registrations.Single(r => r.TrKey == Code(2)).Parked);

        // Nothing of lower priority is left to evict for another position: refused, nothing sent.
        var refused = await Assert.ThrowsAsync<KisSubscriptionLimitException>(() => client.SubscribeAsync(KisRealtimeTrIds.Trade, Code(4), SubscriptionPriority.WatchList, ct));
        Assert.True(refused.IsClientSide);

        await position.DisposeAsync();
        var back = await Eventually.ReadAsync<KisRealtimeEvent, SubscriptionRestored>(client.Notices, _ => true, "the parked subscription coming back");
        Assert.Equal(Code(2), back.TrKey);
        ws = await sim.WebSocketMetricsAsync();
        Assert.Equal(3, ws.GetProperty("registrationsActive").GetInt64());
        Assert.NotEmpty(client.Registrations);
        Assert.All(client.Registrations, r => Assert.True(r.Registered && !r.Parked));
        await fills.DisposeAsync();
    }

    [Fact]
    public async Task AlreadyInSubscribe_IsHarmless()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, log) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);
        await using var book = await client.SubscribeAsync(KisRealtimeTrIds.OrderBook, "005930", SubscriptionPriority.Position, ct);

        // Re-send what is registered, as a restore does when the server kept the old registrations.
        Assert.Equal(2, await client.ResendAllAsync(ct));

        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal(2, ws.GetProperty("registrationRejections").GetProperty("OPSP0002").GetInt64());
        Assert.Equal(2, ws.GetProperty("registrationsActive").GetInt64());
        Assert.Equal(RealtimeConnectionState.Connected, client.State);
        Assert.Contains(log.Lines, l => l.Contains("ALREADY IN SUBSCRIBE (harmless", StringComparison.Ordinal));
        await sim.AdvanceAsync(TimeSpan.FromSeconds(61));
        await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, _ => true, $"ticks still flowing ({client.Statistics}; {await sim.WebSocketMetricsAsync()}; {string.Join(" | ", log.Lines)})");
    }

    [Fact]
    public async Task SecondSessionForTheSameKey_SurfacesOpsp8996WithAnExplanation()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (first, _, _) = sim.CreateClient(appKey, secret);
        var (second, _, log) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        await using var held = await first.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);

        var refused = await Assert.ThrowsAsync<KisAppKeyInUseException>(() => second.SubscribeAsync(KisRealtimeTrIds.Trade, "000660", SubscriptionPriority.Position, ct));

        Assert.Equal("OPSP8996", refused.MsgCd);
        Assert.Contains("one session per app key", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Stop the other process", refused.Message, StringComparison.Ordinal);
        Assert.Contains(log.Lines, l => l.Contains("OPSP8996", StringComparison.Ordinal) && l.Contains("one session per app key", StringComparison.Ordinal));
        Assert.Equal(1, second.Statistics.AppKeyInUse);
        Assert.Empty(second.Registrations);
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal(1, ws.GetProperty("registrationRejections").GetProperty("OPSP8996").GetInt64());
        await second.StopAsync(ct);

        // The first session is untouched.
        await sim.AdvanceAsync(TimeSpan.FromSeconds(61));
        await Eventually.ReadAsync<KisMarketEvent, TradeTick>(first.MarketEvents, t => t.Symbol == "005930", "ticks on the first session");
        Assert.Equal(0, first.Statistics.Disconnects);
    }
}
