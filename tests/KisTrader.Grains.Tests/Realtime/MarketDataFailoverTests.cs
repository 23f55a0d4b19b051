using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// The market-data grain in a two-silo cluster with ADO.NET reminders and state on PostgreSQL: moved to the other silo
/// it restores its table there; when that silo is killed, the surviving silo's reminder service re-activates it (no
/// caller) and it opens the app key's session again with every hold restored.
/// </summary>
[Collection(MarketDataCollection.Name)]
public sealed class MarketDataFailoverTests(MarketDataFixture fixture)
{
    [Fact]
    public async Task KilledSilo_TheGrainComesBackOnTheSurvivor_WithItsSubscriptionsRestored()
    {
        await fixture.ReleaseAllAsync();
        var appKey = "PSmdata-failover-" + Guid.NewGuid().ToString("N");
        var settings = await fixture.ClientSettingsAsync(appKey, "mdata-failover-secret");
        await using var cluster = await fixture.CreateClusterAsync(2, settings, durableReminders: true);
        var grain = cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData);
        var (a, b) = (fixture.Stocks[60].Symbol, fixture.Stocks[61].Symbol);
        Assert.True((await grain.SubscribeAsync(a, MarketDataKinds.Trades | MarketDataKinds.Quotes, "failover-1", MarketDataPriority.Position)).Accepted);
        Assert.True((await grain.SubscribeAsync(b, MarketDataKinds.Trades, "failover-2", MarketDataPriority.WatchList)).Accepted);
        var first = await grain.GetStatusAsync();
        Assert.Equal(3, first.RegistrationsUsed);

        // Moved to the other silo (a graceful deactivation there, then an activation here): the table comes along.
        var home = cluster.Silos.Single(s => s.SiloAddress.ToString() == first.Silo);
        var other = cluster.Silos.Single(s => s != home);
        await cluster.MigrateAsync(grain, other.SiloAddress);
        await Eventually.TrueAsync(
            async () => await grain.GetStatusAsync() is { Restoring: false } s && s.Silo == other.SiloAddress.ToString() && s.Registrations.All(r => r.Registered),
            "the grain lives on the other silo with its three registrations");
        Assert.Equal(3, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());
        var moved = await grain.GetStatusAsync();
        var wsBefore = await fixture.WebSocketMetricsAsync();

        await cluster.KillSiloAsync(other, TestContext.Current.CancellationToken);
        await cluster.WaitForLivenessToStabilizeAsync();

        // No call to the grain: the survivor's reminder service (reading the reminder from PostgreSQL) brings it back. The
        // old session is gone and a new one holds the three registrations (a new session may be refused with OPSP8996
        // while the dead one is still open, so the number of new sessions is not fixed).
        var last = wsBefore;
        await Eventually.TrueAsync(
            async () =>
            {
                fixture.ReminderClock.Advance(TimeSpan.FromSeconds(10));
                var ws = last = await fixture.WebSocketMetricsAsync();
                return ws.GetProperty("sessionsOpened").GetInt64() > wsBefore.GetProperty("sessionsOpened").GetInt64()
                    && ws.GetProperty("sessionsClosed").GetInt64() > wsBefore.GetProperty("sessionsClosed").GetInt64()
                    && ws.GetProperty("sessionsOpen").GetInt64() == wsBefore.GetProperty("sessionsOpen").GetInt64()
                    && ws.GetProperty("registrationsActive").GetInt64() == 3;
            },
            () => $"the survivor re-activated the grain, which restored the three registrations (before the kill: {wsBefore}; last seen: {last})");

        var revived = await grain.GetStatusAsync();
        Assert.Equal(home.SiloAddress.ToString(), revived.Silo);
        Assert.True(revived.ActivatedAt > moved.ActivatedAt);
        Assert.NotEmpty(revived.Registrations);
        Assert.All(revived.Registrations, r => Assert.True(r.Registered, $"{r.Symbol}/{r.Kind} registered"));
        Assert.Equal(
            moved.Registrations.Select(r => (r.Symbol, r.Kind, string.Join(',', r.Holders.Select(h => h.Owner + "@" + h.Priority)))),
            revived.Registrations.Select(r => (r.Symbol, r.Kind, string.Join(',', r.Holders.Select(h => h.Owner + "@" + h.Priority)))));

        Assert.Equal(2, await grain.UnsubscribeAsync(a, MarketDataKinds.All, "failover-1"));
        Assert.Equal(1, await grain.UnsubscribeAsync(b, MarketDataKinds.All, "failover-2"));
        Assert.Equal(0, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());
    }
}
