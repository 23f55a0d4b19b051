using KisTrader.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace KisTrader.Grains.Tests.Orleans;

/// <summary>
/// The project's Orleans schema (deploy/sql/orleans) under the real 10.4.2 ADO.NET providers: a cluster whose
/// membership, grain state and reminders live in PostgreSQL.
/// </summary>
public sealed class AdoNetClusterTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    private const int Active = 3;
    private const int Dead = 6;

    private TestDatabase Db => fixture.Database;

    [Fact]
    public async Task GrainState_FullClusterRestart_IsReadBackAndDeadSilosAreCleanedUp()
    {
        var clusterId = $"restart-{Guid.NewGuid():N}";
        var key = $"restart-{Guid.NewGuid():N}";
        await using (var first = await DeployAsync(clusterId))
        {
            var grain = first.GrainFactory.GetGrain<ICounterGrain>(key);
            await grain.IncrementAsync();
            Assert.Equal(2, await grain.IncrementAsync());
            Assert.Equal(1L, await Db.ScalarAsync<long>(
                $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{clusterId}' AND status = {Active}"));
            await first.StopAllSilosAsync(TestContext.Current.CancellationToken);
        }

        // Stored as plain JSON: no assembly-qualified type name that a rename would break.
        var payload = await Db.ScalarAsync<string>(
            $"SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE grainidextensionstring = '{key}'");
        Assert.Contains("\"Value\":2", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", payload, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(CounterState), payload, StringComparison.Ordinal);
        Assert.Equal(Dead, await Db.ScalarAsync<int>($"SELECT status FROM orleansmembershiptable WHERE deploymentid = '{clusterId}'"));

        await using var second = await DeployAsync(clusterId);
        var again = second.GrainFactory.GetGrain<ICounterGrain>(key);
        Assert.Equal(2, await again.GetAsync());
        Assert.Equal(3, await again.IncrementAsync());
        Assert.Equal(3, await Db.ScalarAsync<int>($"SELECT version FROM orleansstorage WHERE grainidextensionstring = '{key}'"));

        // The silo's own cleanup path: dead rows older than the cutoff go, the live silo stays.
        var membership = Services(second).GetRequiredService<IMembershipTable>();
        await membership.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1), TestContext.Current.CancellationToken);
        Assert.Equal(
            [Active],
            await Db.ColumnAsync<int>($"SELECT status FROM orleansmembershiptable WHERE deploymentid = '{clusterId}'"));
        await second.StopAllSilosAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Reminder_Registered_IsWrittenReadBackByRangeAndFires()
    {
        await using var cluster = await DeployAsync($"reminder-{Guid.NewGuid():N}");
        var key = $"reminder-{Guid.NewGuid():N}";
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>(key);

        await grain.StartReminderAsync(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        var grainId = grain.GetGrainId();
        Assert.Equal(
            [$"{grainId}|{CounterGrain.ReminderName}|60000"],
            await Db.ColumnAsync<string>(
                $"SELECT grainid || '|' || remindername || '|' || period FROM orleansreminderstable WHERE grainid = '{grainId}'"));
        Assert.True(await grain.HasReminderAsync());

        var table = Services(cluster).GetRequiredService<IReminderTable>();
        var hash = grainId.GetUniformHashCode();
        Assert.Single((await table.ReadRows(grainId, TestContext.Current.CancellationToken)).Reminders);
        Assert.Contains(await RangeAsync(table, hash - 1, hash), e => e.GrainId == grainId);      // (h-1, h]: no wrap
        Assert.DoesNotContain(await RangeAsync(table, hash, hash + 1), e => e.GrainId == grainId); // (h, h+1]
        Assert.Contains(await RangeAsync(table, hash + 1, hash), e => e.GrainId == grainId);      // wraps round the ring

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await grain.ReminderTicksAsync() == 0)
        {
            await Task.Delay(100, timeout.Token);
        }

        await cluster.StopAllSilosAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ClearState_DefaultKeepsAnEmptyRow_DeleteStateOnClearRemovesIt()
    {
        await using var cluster = await DeployAsync($"clear-{Guid.NewGuid():N}");
        var key = $"clear-{Guid.NewGuid():N}";
        var grain = cluster.GrainFactory.GetGrain<ICounterGrain>(key);
        await grain.IncrementAsync();

        await grain.ClearAsync();
        await grain.WriteAndDeleteScratchAsync(7);

        var rows = $"FROM orleansstorage WHERE grainidextensionstring = '{key}'";
        Assert.Equal(1L, await Db.ScalarAsync<long>($"SELECT count(*) {rows}"));
        Assert.True(await Db.ScalarAsync<bool>($"SELECT payloadbinary IS NULL AND version = 2 {rows}"));
        Assert.Equal(0, await grain.GetAsync());
        // After a delete the next write starts again from version 1.
        await grain.WriteScratchAsync(8);
        Assert.Equal(2L, await Db.ScalarAsync<long>($"SELECT count(*) {rows}"));
        Assert.Equal(1, await grain.IncrementAsync());
        await cluster.StopAllSilosAsync(TestContext.Current.CancellationToken);
    }

    private async Task<TestCluster> DeployAsync(string clusterId)
    {
        var cluster = ClusterSetup.Build(Db.ConnectionString, clusterId);
        await cluster.DeployAsync();
        return cluster;
    }

    private static IServiceProvider Services(TestCluster cluster) => ((InProcessSiloHandle)cluster.Silos[0]).ServiceProvider;

    private static async Task<IList<ReminderEntry>> RangeAsync(IReminderTable table, uint begin, uint end) =>
        (await table.ReadRows(begin, end, TestContext.Current.CancellationToken)).Reminders;
}
