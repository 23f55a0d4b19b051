using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>Dropped connections (simulator wsDrop fault), approval-key refresh on restore, and PINGPONG liveness.</summary>
public sealed class RealtimeReconnectTests
{
    [Fact]
    public async Task DroppedWebSocket_ReconnectsAndRestoresEverySubscription()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (_, htsId) = await sim.AccountAsync(appKey);
        var (client, keys, _) = sim.CreateClient(appKey, secret, o => o.HtsId = htsId);
        var ct = TestContext.Current.CancellationToken;
        var held = new List<RealtimeSubscription>
        {
            await client.SubscribeFillNoticesAsync(ct),
            await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct),
            await client.SubscribeAsync(KisRealtimeTrIds.Trade, "000660", SubscriptionPriority.WatchList, ct),
            await client.SubscribeAsync(KisRealtimeTrIds.OrderBook, "005930", SubscriptionPriority.Position, ct),
            await client.SubscribeAsync(KisRealtimeTrIds.IndexTrade, "0001", SubscriptionPriority.WatchList, ct),
        };
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((5, 1), (ws.GetProperty("registrationsActive").GetInt64(), ws.GetProperty("sessionsOpened").GetInt64()));

        await sim.DropWebSocketsAsync();

        await Eventually.TrueAsync(
            async () =>
            {
                var m = await sim.WebSocketMetricsAsync();
                return m.GetProperty("sessionsOpened").GetInt64() == 2 && m.GetProperty("registrationsActive").GetInt64() == 5 && m.GetProperty("sessionsOpen").GetInt64() == 1;
            },
            "a second session holds all five registrations again");
        ws = await sim.WebSocketMetricsAsync();
        Assert.Equal(10, ws.GetProperty("registrations").GetInt64());
        var byTr = ws.GetProperty("registrationsByTrId");
        Assert.Equal((2, 4, 2, 2), (byTr.GetProperty("H0STCNI0").GetInt64(), byTr.GetProperty("H0STCNT0").GetInt64(), byTr.GetProperty("H0STASP0").GetInt64(), byTr.GetProperty("H0UPCNT0").GetInt64()));
        Assert.Equal((2, 1), (client.Statistics.Connections, client.Statistics.Disconnects));
        Assert.Equal(1, keys.Issued);
        Assert.NotEmpty(client.Registrations);
        Assert.All(client.Registrations, r => Assert.True(r.Registered, $"{r.TrId}/{r.TrKey} registered after the reconnect"));
        var states = new List<RealtimeConnectionState>();
        while (client.Notices.TryRead(out var notice))
        {
            if (notice is ConnectionStateChanged change)
            {
                states.Add(change.State);
            }
        }

        Assert.Equal(
            [RealtimeConnectionState.Connecting, RealtimeConnectionState.Connected, RealtimeConnectionState.Reconnecting, RealtimeConnectionState.Connecting, RealtimeConnectionState.Connected],
            states);

        await sim.AdvanceAsync(TimeSpan.FromSeconds(61));
        await Eventually.ReadAsync<KisMarketEvent, TradeTick>(client.MarketEvents, t => t.Symbol == "000660", "ticks of a restored watch-list symbol");
        await Eventually.ReadAsync<KisMarketEvent, IndexTick>(client.MarketEvents, _ => true, "index ticks after the reconnect");
        foreach (var h in held)
        {
            await h.DisposeAsync();
        }
    }

    [Fact]
    public async Task Restore_WithAnExpiredApprovalKey_FetchesAFreshOne()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, keys, _) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);
        await using var book = await client.SubscribeAsync(KisRealtimeTrIds.OrderBook, "005930", SubscriptionPriority.Position, ct);

        // Approval keys live 24 h of simulated time: the next morning the old one is refused (OPSP0011).
        sim.Clock.JumpTo(RealtimeSimulator.Start.AddDays(1).AddMinutes(5));
        await sim.DropWebSocketsAsync();

        await Eventually.TrueAsync(
            async () => (await sim.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64() == 2 && client.Registrations.All(r => r.Registered),
            "both registrations are back");
        Assert.Equal((2, 1, 1), (keys.Issued, keys.Invalidated, (int)client.Statistics.ApprovalKeyRefreshes));
        var metrics = await sim.MetricsAsync();
        Assert.Equal(2, metrics.GetProperty("auth").GetProperty("approvalKeysIssued").GetInt64());
        Assert.Equal(1, metrics.GetProperty("webSocket").GetProperty("registrationRejections").GetProperty("OPSP0011").GetInt64());
    }

    [Fact]
    public async Task PingPong_IsAnswered_SoTheSimulatorsIdleRuleNeverCloses()
    {
        // The simulator's wall clock is the test's: a PINGPONG every 1 s, and a session silent for 5 s after one is closed,
        // both counted only as the test moves that clock — and it moves only after the client answered the last PINGPONG,
        // so a slow machine cannot make an answer late.
        var wall = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var sim = await RealtimeSimulator.StartAsync(
            s =>
            {
                s["Simulator:WebSocket:PingInterval"] = "00:00:01";
                s["Simulator:WebSocket:PongTimeout"] = "00:00:05";
            },
            wall: wall);
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, TestContext.Current.CancellationToken);

        // 20 heartbeats span 20 s of the simulator's clock, four times the pong timeout.
        for (var i = 1; i <= 20; i++)
        {
            wall.Advance(TimeSpan.FromSeconds(1));
            await Eventually.TrueAsync(() => client.Statistics.PingPongs >= i, $"PINGPONG {i} was answered");
        }

        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((1, 0, 1), (ws.GetProperty("sessionsOpened").GetInt64(), ws.GetProperty("sessionsClosed").GetInt64(), ws.GetProperty("sessionsOpen").GetInt64()));
        Assert.Equal((1, 0), (client.Statistics.Connections, client.Statistics.Disconnects));
        Assert.Equal(RealtimeConnectionState.Connected, client.State);
    }

    [Fact]
    public async Task IdleConnection_IsReplaced_WhenNothingArrivesForTheIdleTimeout()
    {
        // The simulator's heartbeat is turned far out, so nothing arrives; the client gives up after 300 ms and reconnects.
        await using var sim = await RealtimeSimulator.StartAsync(s =>
        {
            s["Simulator:WebSocket:PingInterval"] = "01:00:00";
            s["Simulator:WebSocket:PongTimeout"] = "00:00:00";
        });
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret, o => o.IdleTimeout = TimeSpan.FromMilliseconds(300));
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, TestContext.Current.CancellationToken);

        await Eventually.TrueAsync(
            async () =>
            {
                var ws = await sim.WebSocketMetricsAsync();
                return client.Statistics.IdleTimeouts >= 1 && ws.GetProperty("sessionsClosed").GetInt64() >= 1
                    && ws.GetProperty("sessionsOpen").GetInt64() == 1 && ws.GetProperty("registrationsActive").GetInt64() == 1
                    && client.Registrations.All(r => r.Registered);
            },
            "an idle connection was replaced and the registration is held by the new session");
        Assert.True(client.Statistics.Connections >= 2);
    }

    [Fact]
    public async Task StopThenStart_ClosesTheSession_AndRestoresHeldSubscriptions()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var (client, _, _) = sim.CreateClient(appKey, secret);
        var ct = TestContext.Current.CancellationToken;
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, ct);

        await client.StopAsync(ct);
        Assert.Equal(RealtimeConnectionState.Stopped, client.State);
        await Eventually.TrueAsync(async () => (await sim.WebSocketMetricsAsync()).GetProperty("sessionsOpen").GetInt64() == 0, "the server saw the session close");
        Assert.False(Assert.Single(client.Registrations).Registered);

        await client.StartAsync(ct);
        await Eventually.TrueAsync(() => client.Registrations.All(r => r.Registered), "the held subscription is registered again");
        var ws = await sim.WebSocketMetricsAsync();
        Assert.Equal((1, 2), (ws.GetProperty("registrationsActive").GetInt64(), ws.GetProperty("sessionsOpened").GetInt64()));
        Assert.Equal(0, client.Statistics.Disconnects);
    }

    [Fact]
    public async Task ReconnectBackoff_RunsOnTheInjectedTimeProvider()
    {
        // A 10-minute back-off, far longer than the wait below: had the client slept on the system clock, it could not
        // reconnect within the test's wait. It reconnects only once the test has moved the injected clock past it.
        var backoff = TimeSpan.FromMinutes(10);
        var step = TimeSpan.FromSeconds(10);
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
        var (client, _, _) = sim.CreateClient(
            appKey,
            secret,
            o =>
            {
                o.ReconnectInitialDelay = backoff;
                o.ReconnectMaxDelay = backoff;
                o.ReconnectJitter = 0m;
                o.IdleTimeout = TimeSpan.Zero;
            },
            time);
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, TestContext.Current.CancellationToken);

        await sim.DropWebSocketsAsync();
        await Eventually.TrueAsync(() => client.State == RealtimeConnectionState.Reconnecting, "the client noticed the drop");

        // Real time passes, the injected clock stands still: no reconnect.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Equal(RealtimeConnectionState.Reconnecting, client.State);
        Assert.Equal(1, (await sim.WebSocketMetricsAsync()).GetProperty("sessionsOpened").GetInt64());

        // Move the injected clock in 10 s steps while the client waits; it leaves the back-off once 10 minutes have passed.
        var advanced = TimeSpan.Zero;
        await Eventually.TrueAsync(
            () =>
            {
                if (client.State != RealtimeConnectionState.Reconnecting)
                {
                    return true;
                }

                time.Advance(step);
                advanced += step;
                return false;
            },
            () => $"the client reconnected; the injected clock moved {advanced} (state {client.State})");
        Assert.InRange(advanced, backoff, backoff + TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(
            async () => (await sim.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64() == 1 && client.Registrations.All(r => r.Registered),
            "the reconnect after 10 minutes of the injected clock restored the registration");
        Assert.Equal(2, client.Statistics.Connections);
    }

    [Fact]
    public async Task Restore_WhenTheApprovalKeyCannotBeFetched_BacksOffAndTriesAgain()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        using var keys = new SimulatorApprovalKeySource(sim.Host.BaseUrl, appKey, secret);
        var failing = new FailingOnceApprovalKeySource(keys);
        var log = new CapturingLogger<KisRealtimeClient>();
        await using var client = new KisRealtimeClient(
            Microsoft.Extensions.Options.Options.Create(new KisWebSocketOptions { BaseUrl = sim.Host.WebSocketUrl, ReconnectInitialDelay = TimeSpan.FromMilliseconds(20), ReconnectMaxDelay = TimeSpan.FromMilliseconds(100) }),
            failing,
            TimeProvider.System,
            log);
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, TestContext.Current.CancellationToken);
        await keys.InvalidateApprovalKeyAsync(TestContext.Current.CancellationToken);

        failing.FailNext();
        await sim.DropWebSocketsAsync();

        await Eventually.TrueAsync(
            async () => (await sim.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64() == 1 && client.Registrations.All(r => r.Registered),
            "the registration is restored on a later connection");
        Assert.Equal(1, failing.Failures);
        Assert.True(client.Statistics.Connections >= 3, $"connections: {client.Statistics.Connections}");
        Assert.Contains(log.Lines, l => l.Contains("Restoring registrations failed", StringComparison.Ordinal) && l.Contains("approval endpoint unreachable", StringComparison.Ordinal));
    }
}
