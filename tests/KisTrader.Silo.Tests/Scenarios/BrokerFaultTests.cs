using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Simulation;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.DependencyInjection;
using static KisTrader.Silo.Tests.Scenarios.ScenarioRunReader;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Issue 12, survival test 4 (broker faults), a differential test: scenario A (<see cref="ScenarioATests"/>) run fault-free
/// (<see cref="BrokerFaultFreeFixture"/>) and again under <see cref="BrokerFaultSchedule"/> (<see cref="BrokerFaultFixture"/>):
/// ~5 % HTTP 500s and timeouts, EGW00201 bursts, WebSocket drops every few simulated minutes, garbled frames, token
/// invalidation mid-session and "accepted, reply lost" on orders. The faulted run must decide exactly what the fault-free
/// run decided (<see cref="ScenarioComparison"/>) and leave nothing unresolved, and every fault kind must actually have hit.
/// </summary>
public sealed class BrokerFaultTests(BrokerFaultFreeFixture clean, BrokerFaultFixture faulted)
    : IClassFixture<BrokerFaultFreeFixture>, IClassFixture<BrokerFaultFixture>
{
    private static readonly OrderState[] Unresolved = [OrderState.Intent, OrderState.Submitting, OrderState.OutcomeUnknown, OrderState.Ambiguous];

    private static MetricsSnapshot Metrics(CycleRunFixture run) => run.Run.Simulator.Services.GetRequiredService<SimMetrics>().Snapshot();

    private static void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
    }

    [Fact]
    public void BrokerFaults_EveryKind_InjectedInTheFaultedRunOnly()
    {
        var injected = Metrics(faulted).Faults;
        Report("broker faults injected: " + string.Join(", ", BrokerFaultSchedule.Kinds.Select(k => $"{k} {injected.GetValueOrDefault(k)}")));
        Assert.All(BrokerFaultSchedule.Kinds, k => Assert.True(injected.GetValueOrDefault(k) > 0, $"no {k} fault hit the run ({string.Join(", ", injected)})"));
        Assert.Empty(Metrics(clean).Faults);
    }

    [Fact]
    public async Task BrokerFaults_Decisions_IdenticalToTheFaultFreeRun()
    {
        var compared = await ScenarioComparison.AssertSameDecisionsAsync(clean, faulted);

        Report("broker faults: " + compared);
        Assert.Equal(9, compared.Orders);
    }

    [Fact]
    public async Task BrokerFaults_AtTheEnd_NothingUnresolvedAndTheAccountAgrees()
    {
        var orders = await OrderViewsAsync(faulted);
        Assert.All(orders, o => Assert.DoesNotContain(o.State, Unresolved));
        Assert.Equal(
            (await OrderViewsAsync(clean)).Select(o => (o.Intent!.ClientOrderId, o.State, o.FilledQuantity, o.AverageFillPrice)),
            orders.Select(o => (o.Intent!.ClientOrderId, o.State, o.FilledQuantity, o.AverageFillPrice)));
        Assert.All(await PositionsAsync(faulted, "900100", "900110", "900200", "900230"), p => Assert.Equal((PositionStatus.Closed, 0L), (p.Status, p.Quantity)));
        Assert.Equal(AccountCheck(clean), AccountCheck(faulted));
        Assert.EndsWith("AGREES", AccountCheck(faulted), StringComparison.Ordinal);

        var (faultedMetrics, cleanMetrics) = (Metrics(faulted), Metrics(clean));
        var changes = Journal(faulted).StateChanges;
        Report(string.Create(CultureInfo.InvariantCulture,
            $"broker faults: REST calls {faultedMetrics.Rest.Calls} (fault-free {cleanMetrics.Rest.Calls}, {faultedMetrics.Rest.Calls - cleanMetrics.Rest.Calls:+#;-#;0} retries and look-ups), " +
            $"EGW00201 answers {faultedMetrics.Rest.RateLimited}, tokens issued {faultedMetrics.Auth.TokensIssued} (fault-free {cleanMetrics.Auth.TokensIssued}), " +
            $"WebSocket sessions opened {faultedMetrics.WebSocket.SessionsOpened} (fault-free {cleanMetrics.WebSocket.SessionsOpened}), " +
            $"order submissions {orders.Sum(o => o.Submissions)} for {orders.Length} orders, outcome-unknown states entered {changes.Count(c => c.State == OrderState.OutcomeUnknown)} (all resolved), " +
            $"wall time to the account check {faulted.ToAccountCheck.TotalSeconds:0.0} s (fault-free {clean.ToAccountCheck.TotalSeconds:0.0} s)"));
    }

    /// <summary>
    /// The 2026-11-23 session's account check line (cash, buys, sells, statistics, holdings, verdict): the first one printed
    /// (the run goes on while the tests read it and prints one per later closed session too).
    /// </summary>
    private static string AccountCheck(CycleRunFixture run) =>
        run.Output.Split('\n').First(l => l.Contains(SimulationAccountCheck.Marker, StringComparison.Ordinal)).TrimEnd('\r')
            is var line ? line[line.IndexOf(SimulationAccountCheck.Marker, StringComparison.Ordinal)..] : "";
}
