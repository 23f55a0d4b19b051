using KisTrader.Survival;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Issue 12, survival test 2: a silo killed (SIGKILL) during the Day-2 exits, in the multi-process cluster of
/// <see cref="SurvivalCluster"/>; the run: <see cref="ExitDayKillRun"/> (scenario A, Day 1 with both silos, the night
/// jumped, Day 2 at 300–600× with the close at 120×, the silo of the first exit killed right after its decision).
/// </summary>
[Collection(SurvivalCollection.Name)]
public sealed class SiloKillExitDayTests
{
    [Fact]
    public async Task KillDuringExits_EveryPositionExitsByItsRuleByTheClose_NoExitOrderTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestPostgres.CreateDatabaseAsync("silokill_ex");
        await using var cluster = await SurvivalCluster.StartAsync(ScenarioACluster.Settings(database.ConnectionString), ct);

        var result = await ExitDayKillRun.RunAsync(cluster, ct);
        cluster.Note($"sells at the broker: {string.Join(", ", result.Sells.Select(o => $"{o.Symbol} {o.Quantity}@{o.Price} filled {o.FilledQuantity} at {o.Time}"))}; exits: {string.Join(", ", result.ExitReasons.Select(p => $"{p.Key} {string.Join("+", p.Value)}"))}");

        // Day 1 bought the four once each (both silos alive).
        Assert.Equal(AfterHoursKillRun.Signalling, result.Buys.Select(o => o.Symbol).Order(StringComparer.Ordinal));
        var bought = result.Buys.ToDictionary(o => o.Symbol, o => o.FilledQuantity, StringComparer.Ordinal);
        // Each position left by its rule (scenario A's derivation, ScenarioATests): the logs of both silos name them.
        Assert.Equal(["TakeProfit"], result.ExitReasons["900100"]);
        Assert.Equal(["StopLoss"], result.ExitReasons["900200"]);
        Assert.Equal(["PartialTakeProfit", "ForcedExit"], result.ExitReasons["900110"]);
        Assert.Equal(["FlatRangeExit"], result.ExitReasons["900230"]);
        // No exit order twice at the broker: one new sell per rule (900110: the half and the rest; its conversion to
        // market is a modify row of the rest, not a new order), each placed by 15:30 and together exactly the bought
        // quantity, all filled (on the order or its modify row) — flat at the broker by the close.
        var sells = result.Sells.Where(o => o.OriginalOrderNo.Length == 0).GroupBy(o => o.Symbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Assert.Equal(AfterHoursKillRun.Signalling, sells.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 1, 1], AfterHoursKillRun.Signalling.Select(s => sells[s].Count));
        Assert.All(result.Sells, o => Assert.True(o.Time <= new TimeOnly(15, 30), $"{o.Symbol}'s sell was placed at {o.Time}"));
        Assert.All(AfterHoursKillRun.Signalling, s =>
        {
            Assert.Equal(bought[s], sells[s].Sum(o => o.Quantity));
            Assert.Equal(bought[s], result.Sells.Where(o => o.Symbol == s).Sum(o => o.FilledQuantity));
        });
        Assert.Equal(AfterHoursKillRun.Signalling, result.Closed);
    }
}
