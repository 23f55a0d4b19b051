using KisTrader.GrainInterfaces;
using KisTrader.Grains.Risk;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>
/// The kill switch both ways reaches every tracked position (the fan-out journaled: here the tracked keys name no real
/// position, so each call answers at once; what a real position does with it: Positions/PositionKillSwitchTests), refuses
/// entries through the gate, and survives a deactivation and a whole-cluster restart (grain state on PostgreSQL).
/// </summary>
[Collection(RiskCollection.Name)]
public sealed class KillSwitchTests(RiskFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HaltEntries_TrackedPositions_EachOpenOneCancelsItsEntryAndBuysAreRefused()
    {
        const string AppKey = "PSrisk-halt-0001";
        await using var cluster = await RiskCluster.DeployAsync(fixture.Sim, fixture.Database, AppKey, "risk-halt", new ManualClock(RiskFixture.Now), new Dictionary<string, string?>());
        var account = await AccountAsync(AppKey);
        var risk = cluster.Risk(account);
        string[] open = ["2026-11-20/000001", "2026-11-20/000002"];
        const string Closed = "2026-11-20/000003";
        // One-way calls: each is awaited in the state before the next, so they apply in this order.
        foreach (var key in open.Append(Closed))
        {
            await risk.TrackPositionAsync(key, true);
            await Eventually.TrueAsync(async () => (await risk.GetAsync()).OpenPositions.Contains(key), () => $"{key} tracked");
        }

        await risk.TrackPositionAsync(Closed, false);
        await Eventually.TrueAsync(async () => (await risk.GetAsync()).OpenPositions.SequenceEqual(open), () => "two open positions tracked");

        var view = await risk.HaltEntriesAsync("kim", "drill");

        Assert.Equal((KillSwitchMode.EntriesHalted, "kim", "drill", false), (view.Mode, view.ModeChangedBy, view.ModeReason, view.EntriesAllowed));
        await Eventually.TrueAsync(
            async () => (await cluster.PayloadsAsync<RiskChanged>("risk", account)).Any(e => e.Change == RiskChange.KillSwitchReachedPositions && e.PositionsReached == 2 && e.PositionsFailed.IsEmpty),
            "the fan-out journaled");
        var set = Assert.Single(await cluster.PayloadsAsync<RiskChanged>("risk", account), e => e.Change == RiskChange.KillSwitchSet);
        Assert.Equal(("kim", "drill", KillSwitchMode.EntriesHalted), (set.RequestedBy, set.Reason, set.Mode));
        Assert.Contains(await cluster.Alerts.ReadAsync(DateTimeOffset.MinValue, Ct), a => a.Code == "kill-switch" && a.Severity == "Critical");

        var gate = cluster.Services.GetRequiredService<IOrderGate>();
        var price = PriceGrid.Default.RoundDown(fixture.Cheap.BasePrice);
        Assert.Equal("kill-switch", (await gate.CheckAsync(OrderGateTests.Buy(account, fixture.Cheap.Symbol, 1, price), RiskFixture.Now, Ct)).Code);
        Assert.True((await gate.CheckAsync(OrderGateTests.Sell(account, fixture.Cheap.Symbol, price), RiskFixture.Now, Ct)).Allowed);

        var resumed = await risk.ResumeAsync("kim", "drill over");
        Assert.True(resumed.EntriesAllowed);
        Assert.True((await gate.CheckAsync(OrderGateTests.Buy(account, fixture.Cheap.Symbol, 1, price), RiskFixture.Now, Ct)).Allowed);
    }

    [Fact]
    public async Task Flatten_TrackedPosition_IsFlattenedAndTheSwitchSurvivesDeactivationAndClusterRestart()
    {
        const string AppKey = "PSrisk-flatten-0001";
        const string Position = "2026-11-19/000004";
        var clock = new ManualClock(RiskFixture.Now);
        var account = await AccountAsync(AppKey);
        var cluster = await RiskCluster.DeployAsync(fixture.Sim, fixture.Database, AppKey, "risk-flatten", clock, new Dictionary<string, string?>());
        try
        {
            var risk = cluster.Risk(account);
            await risk.TrackPositionAsync(Position, true);
            await Eventually.TrueAsync(async () => (await risk.GetAsync()).OpenPositions.Contains(Position), "position tracked");

            await risk.FlattenAsync("lee", "market crash");

            await Eventually.TrueAsync(
                async () => (await cluster.PayloadsAsync<RiskChanged>("risk", account)).Any(e => e.Change == RiskChange.KillSwitchReachedPositions && e.PositionsReached == 1 && e.PositionsFailed.IsEmpty),
                "the flatten reached the tracked position");
            await cluster.Cluster.DeactivateAsync(risk);
            var afterDeactivation = await risk.GetAsync();
            Assert.Equal((KillSwitchMode.Flattening, "lee", "market crash"), (afterDeactivation.Mode, afterDeactivation.ModeChangedBy, afterDeactivation.ModeReason));
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        await using var restarted = await RiskCluster.DeployAsync(fixture.Sim, fixture.Database, AppKey, "risk-flatten", clock, new Dictionary<string, string?>());
        var view = await restarted.Risk(account).GetAsync();

        Assert.Equal((KillSwitchMode.Flattening, "lee", "market crash"), (view.Mode, view.ModeChangedBy, view.ModeReason));
        Assert.Equal([Position], view.OpenPositions);
        Assert.False(view.EntriesAllowed);
        var gate = restarted.Services.GetRequiredService<IOrderGate>();
        var price = PriceGrid.Default.RoundDown(fixture.Cheap.BasePrice);
        Assert.Equal("kill-switch", (await gate.CheckAsync(OrderGateTests.Buy(account, fixture.Cheap.Symbol, 1, price), RiskFixture.Now, Ct)).Code);
    }

    private async Task<string> AccountAsync(string appKey) => GrainKeys.Account((await TestSimulator.AccountAsync(fixture.Sim, appKey)).Cano, "01");
}
