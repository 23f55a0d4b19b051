using System.Text;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Tests.Kis;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Accounts;

/// <summary>The account grain against the simulator: what the broker says, persisted with its time, never another account.</summary>
[Collection(KisClusterCollection.Name)]
public sealed class AccountGrainTests(KisClusterFixture fixture)
{
    [Fact]
    public async Task Refresh_SiloAccount_MatchesTheBrokerOnTheAccountLaneAndSurvivesDeactivation()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = GrainKeys.Account(fixture.SiloCano, "01");
        var grain = fixture.Cluster.Client.GetGrain<IAccountGrain>(key);
        var balanceCalls = await CallsAsync("TTTC8434R");
        var powerCalls = await CallsAsync("TTTC8908R");
        // The collection's tests share the silo's account: another may have refreshed it already (KisEventsTests).
        var earlier = await grain.GetSnapshotAsync();

        var before = DateTimeOffset.UtcNow;
        Assert.True(earlier is null || earlier.RefreshedAt < before);
        var snapshot = await grain.RefreshAsync(ct);
        var after = DateTimeOffset.UtcNow;

        // The same account asked directly (another silo's client on the same key) must agree.
        var direct = (await fixture.CreateSiloClient(fixture.SiloAppKey, "silo-secret-" + fixture.SiloAppKey)).GetRequiredService<IKisTrading>();
        var balance = await direct.GetBalanceAsync(new BalanceRequest(direct.Account), cancellationToken: ct);
        var power = await direct.GetBuyingPowerAsync(new BuyingPowerRequest(direct.Account, "000660", 0m, OrderDivision.Market), cancellationToken: ct);
        Assert.InRange(snapshot.RefreshedAt, before, after);
        Assert.Equal(100_000_000m, snapshot.Deposit);
        Assert.Equal(balance.Summary.Deposit, snapshot.Deposit);
        Assert.Equal(balance.Summary.SettledCash, snapshot.SettledCash);
        Assert.Equal(balance.Summary.NextDayCash, snapshot.NextDayCash);
        Assert.Equal(balance.Summary.TotalValue, snapshot.TotalValue);
        Assert.Equal(power.OrderableCash, snapshot.OrderableCash);
        Assert.Equal(balance.Holdings.Count, snapshot.Holdings.Length);
        Assert.Equal(balanceCalls + 2, await CallsAsync("TTTC8434R")); // one by the grain, one direct
        Assert.Equal(powerCalls + 2, await CallsAsync("TTTC8908R"));

        await fixture.Cluster.DeactivateAsync(grain);
        var stored = await grain.GetSnapshotAsync();

        Assert.NotNull(stored);
        Assert.Equal(snapshot.RefreshedAt, stored.RefreshedAt);
        Assert.Equal(snapshot.OrderableCash, stored.OrderableCash);
        Assert.Equal(snapshot.SettledCash, stored.SettledCash);
        var payload = Encoding.UTF8.GetString(await fixture.Database.ScalarAsync<byte[]>(
            $"SELECT payloadbinary FROM orleansstorage WHERE grainidextensionstring = '{key}'"));
        Assert.Contains("OrderableCash", payload, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.SiloCano, payload, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.SiloCano, key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_KeyOfAnotherAccount_IsRefusedWithoutCallingTheBroker()
    {
        var balanceCalls = await CallsAsync("TTTC8434R");
        var grain = fixture.Cluster.Client.GetGrain<IAccountGrain>(GrainKeys.Account("60000001", "01"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.RefreshAsync(TestContext.Current.CancellationToken));

        Assert.Contains("not the account this silo trades", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.SiloCano, error.Message, StringComparison.Ordinal);
        Assert.Equal(balanceCalls, await CallsAsync("TTTC8434R"));
        Assert.Null(await grain.GetSnapshotAsync());
    }

    private async Task<long> CallsAsync(string trId) =>
        (await fixture.MetricsAsync()).GetProperty("rest").GetProperty("byTrId").TryGetProperty(trId, out var n) ? n.GetInt64() : 0;
}
