using KisTrader.Survival;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Issue 12, survival test 1: a silo killed (SIGKILL) during after-hours buying, in a multi-process cluster on loopback
/// (<see cref="SurvivalCluster"/>: the simulator and two silos as processes, PostgreSQL clustering, the cluster following
/// the simulator's clock). The scenario and the kill: <see cref="AfterHoursKillRun"/>. The figure "kill → first decision
/// of the survivor" is printed; its goal (≤ 30 s) is the <c>failover</c> benchmark's, not asserted here.
/// </summary>
[Collection(SurvivalCollection.Name)]
public sealed class SiloKillAfterHoursTests
{
    [Fact]
    public async Task KillDuringAfterHours_SurvivorResumesTheBoard_EachSignallingSymbolBoughtOnceAndTheSessionEnds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestPostgres.CreateDatabaseAsync("silokill_ah");
        await using var cluster = await SurvivalCluster.StartAsync(ScenarioACluster.Settings(database.ConnectionString), ct);

        var result = await AfterHoursKillRun.RunAsync(cluster, cluster.Note, ct);
        cluster.Note($"kill → first decision on the survivor: {result.KillToFirstDecision.TotalSeconds:0.0} s; buy orders at the broker: {string.Join(", ", result.BuyOrders.Select(p => $"{p.Key}×{p.Value}"))}");

        var survivor = cluster.Silos.Single(s => s.Name == result.Survivor);
        var killedAt = cluster.Silos.Single(s => s.Name == result.Killed).KilledAt!.Value;
        // The board was re-activated on the survivor from its persisted state (no second "started").
        Assert.NotNull(survivor.Find("After-hours 2026-11-23: resuming", killedAt));
        Assert.Null(survivor.Find("After-hours 2026-11-23: started with", killedAt));
        // Every symbol that signals bought exactly once at the broker, nothing else bought, each buy filled.
        Assert.Equal(AfterHoursKillRun.Signalling, result.BuyOrders.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.BuyOrders, p => Assert.Equal(1, p.Value));
        Assert.All(result.BuyFilled, p => Assert.True(p.Value > 0, $"{p.Key}'s buy did not fill"));
        Assert.Equal(0, result.Duplicates(AfterHoursKillRun.Signalling));
        Assert.Equal(AfterHoursKillRun.Signalling.Length, result.OrdersAccepted);
        // The session finished: the board ended at 18:00 with the four bought.
        Assert.Contains("session over, 4 bought", result.SessionOver, StringComparison.Ordinal);
    }
}
