using System.Net;
using System.Net.Sockets;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>
/// The broker's WebSocket cannot be reached (nothing listens on the port): a subscriber must not wait for as long as the
/// feed is down. The market-data grain subscribes inside its turn; if the call waited for the first connection, every
/// caller of that grain (the after-hours board's watch calls) would time out behind it. The client's own clock is a paused
/// fake, as a simulated clock between two jumps: the reconnect delay never elapses, so only a subscribe that gives up
/// waiting returns at all.
/// </summary>
public sealed class RealtimeUnreachableTests
{
    [Fact]
    public async Task SubscribeAsync_BrokerUnreachable_ReturnsWithTheRegistrationKeptForTheRestore()
    {
        var paused = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero));
        var options = new KisWebSocketOptions
        {
            BaseUrl = new Uri($"ws://127.0.0.1:{ClosedPort()}/"),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ReconnectInitialDelay = TimeSpan.FromSeconds(1),
        };
        await using var client = new KisRealtimeClient(Microsoft.Extensions.Options.Options.Create(options), new StaticApprovalKeySource(), paused,
            transportClock: TimeProvider.System);

        // Generous: the call returns after the first refused connect (or ConnectTimeout at the latest); before the fix it never did.
        await using var trades = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "005930", SubscriptionPriority.Position, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        await using var second = await client.SubscribeAsync(KisRealtimeTrIds.Trade, "000660", SubscriptionPriority.WatchList, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        Assert.NotEqual(RealtimeConnectionState.Connected, client.State);
        Assert.Equal(
            [("005930", false), ("000660", false)],
            client.Registrations.OrderByDescending(r => r.Priority).Select(r => (r.TrKey, r.Registered)));
        Assert.Equal(0, client.Statistics.Connections);
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
