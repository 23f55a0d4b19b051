using KisTrader.GrainInterfaces;
using KisTrader.Grains.Risk;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Testing.Simulator;
using KisTrader.Trading.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Risk;

/// <summary>Fail-closed reconciliation against the simulator's account: clean ⇒ no halt; a holding the cluster does not know ⇒ entries halted, spelled out.</summary>
[Collection(RiskCollection.Name)]
public sealed class ReconciliationTests(RiskFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Activation_CleanAccount_ReconcilesWithoutHalt()
    {
        const string AppKey = "PSrisk-clean-0001";
        await using var cluster = await RiskCluster.DeployAsync(fixture.Sim, fixture.Database, AppKey, "risk-clean", new ManualClock(RiskFixture.Now), new Dictionary<string, string?>());
        var account = await AccountAsync(AppKey);

        var view = await cluster.Risk(account).GetAsync();
        var finished = await cluster.WaitForAsync<ReconciliationFinished>("reconciliation", account, _ => true, "the activation's reconciliation");

        Assert.Equal(("activation", true, false, null), (finished.Trigger, finished.Clean, finished.EntriesHalted, finished.Error));
        Assert.Empty(finished.Differences);
        Assert.True((await cluster.Risk(account).GetAsync()).EntriesAllowed);
        Assert.True(view.EntriesAllowed);
        Assert.DoesNotContain(await cluster.Alerts.ReadAsync(DateTimeOffset.MinValue, Ct), a => a.Category == "reconciliation");
    }

    [Fact]
    public async Task Reconcile_BrokerHoldingUnknownToTheCluster_HaltsEntriesWithTheDifferenceSpelledOut()
    {
        const string AppKey = "PSrisk-unknown-0001";
        await using var cluster = await RiskCluster.DeployAsync(fixture.Sim, fixture.Database, AppKey, "risk-unknown", new ManualClock(RiskFixture.Now), new Dictionary<string, string?>());
        var account = await AccountAsync(AppKey);
        var risk = cluster.Risk(account);
        await risk.GetAsync();
        await cluster.WaitForAsync<ReconciliationFinished>("reconciliation", account, f => f.Trigger == "activation" && f.Clean, "the activation's (clean) reconciliation");
        Assert.True((await risk.GetAsync()).EntriesAllowed);

        // Someone buys 3 shares in the account, behind the cluster's back.
        // (the silo's own KIS client, used directly: no grain learns of it)
        var trading = cluster.Services.GetRequiredService<IKisTrading>();
        var placed = await trading.PlaceCashOrderAsync(new CashOrderRequest(trading.Account, OrderSide.Buy, fixture.Cheap.Symbol, OrderDivision.Market, 3, 0m), cancellationToken: Ct);
        Assert.True(placed.IsAccepted, $"{placed.MsgCd} {placed.Msg1}");

        var report = await cluster.Cluster.Client.GetGrain<IReconciliationGrain>(account).ReconcileAsync("kim");
        var view = await risk.GetAsync();

        var expected = $"{fixture.Cheap.Symbol} holding: ours 0, broker's 3";
        Assert.Equal([expected], report.Differences);
        Assert.False(report.Clean);
        Assert.True(view.EntriesHaltedByReconciliation);
        Assert.Equal(expected, view.ReconciliationDifference);
        Assert.False(view.EntriesAllowed);
        var finished = (await cluster.PayloadsAsync<ReconciliationFinished>("reconciliation", account))[^1];
        Assert.Equal(("kim", false, true, 1), (finished.Trigger, finished.Clean, finished.EntriesHalted, finished.BrokerHoldings));
        Assert.Contains(await cluster.Alerts.ReadAsync(DateTimeOffset.MinValue, Ct), a => a.Severity == "Critical" && a.Code == "reconciliation-difference" && a.Message.Contains(expected, StringComparison.Ordinal));
        var gate = cluster.Services.GetRequiredService<IOrderGate>();
        var price = PriceGrid.Default.RoundDown(fixture.Cheap.BasePrice);
        Assert.Equal("reconciliation-halt", (await gate.CheckAsync(OrderGateTests.Buy(account, fixture.Other.Symbol, 1, PriceGrid.Default.RoundDown(fixture.Other.BasePrice)), RiskFixture.Now, Ct)).Code);
        Assert.True((await gate.CheckAsync(OrderGateTests.Sell(account, fixture.Cheap.Symbol, price), RiskFixture.Now, Ct)).Allowed);

        // A second run still differs; fail-closed: only a person lifts the halt.
        Assert.False((await cluster.Cluster.Client.GetGrain<IReconciliationGrain>(account).ReconcileAsync("schedule")).Clean);
        var cleared = await risk.ClearReconciliationHaltAsync("kim", "bought by hand, known");
        Assert.True(cleared.EntriesAllowed);
        Assert.Null(cleared.ReconciliationDifference);
    }

    private async Task<string> AccountAsync(string appKey) => GrainKeys.Account((await TestSimulator.AccountAsync(fixture.Sim, appKey)).Cano, "01");
}
