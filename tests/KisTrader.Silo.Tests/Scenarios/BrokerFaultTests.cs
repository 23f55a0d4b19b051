using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Silo.Tests.Survival;
using KisTrader.Trading.Orders;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Issue 12, survival test 4 (broker faults), a differential test, multi-process (<see cref="BrokerFaultFixture"/>: for
/// each run a simulator process, a silo process following its clock and a PostgreSQL database): scenario A
/// (<see cref="ScenarioATests"/>) run fault-free and again under <see cref="BrokerFaultSchedule"/>: ~5 % HTTP 500s and
/// timeouts, EGW00201 bursts, WebSocket drops every few simulated minutes, garbled frames, token invalidation mid-session
/// and "accepted, reply lost" on orders. The faulted run must decide exactly what the fault-free run decided
/// (<see cref="ScenarioComparison"/>) and leave nothing unresolved, and every fault kind must actually have hit. Read from
/// outside the processes: the simulators' control APIs, the journals, the grains through an Orleans client.
/// </summary>
[Collection(SurvivalCollection.Name)]
public sealed class BrokerFaultTests(BrokerFaultFixture runs) : IClassFixture<BrokerFaultFixture>
{
    private static readonly OrderState[] Unresolved = [OrderState.Intent, OrderState.Submitting, OrderState.OutcomeUnknown, OrderState.Ambiguous];

    private static Dictionary<string, long> Faults(BrokerFaultRun run) =>
        run.Metrics.GetProperty("faults").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64(), StringComparer.Ordinal);

    private static long Metric(BrokerFaultRun run, string group, string name) => run.Metrics.GetProperty(group).GetProperty(name).GetInt64();

    // Also into the faulted run's run.log (the cluster's log directory), where the runs' own progress is.
    private void Report(string line)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
        runs.Faulted.Cluster.Note(line);
    }

    [Fact]
    public void BrokerFaults_EveryKind_InjectedInTheFaultedRunOnly()
    {
        var injected = Faults(runs.Faulted);
        Report("broker faults injected: " + string.Join(", ", BrokerFaultSchedule.Kinds.Select(k => $"{k} {injected.GetValueOrDefault(k)}")));
        Assert.All(BrokerFaultSchedule.Kinds, k => Assert.True(injected.GetValueOrDefault(k) > 0, $"no {k} fault hit the run ({string.Join(", ", injected)})"));
        Assert.Empty(Faults(runs.Clean));
    }

    [Fact]
    public void BrokerFaults_Decisions_IdenticalToTheFaultFreeRun()
    {
        var compared = ScenarioComparison.AssertSameDecisions(runs.Clean.Decisions, runs.Faulted.Decisions);

        Report("broker faults: " + compared);
        Assert.Equal(9, compared.Orders);
    }

    [Fact]
    public void BrokerFaults_AtTheEnd_NothingUnresolvedAndTheAccountAgrees()
    {
        var (clean, faulted) = (runs.Clean, runs.Faulted);
        var orders = faulted.OrderViews;
        Assert.All(orders, o => Assert.DoesNotContain(o.State, Unresolved));
        Assert.Equal(
            clean.OrderViews.Select(o => (o.Intent!.ClientOrderId, o.State, o.FilledQuantity, o.AverageFillPrice)),
            orders.Select(o => (o.Intent!.ClientOrderId, o.State, o.FilledQuantity, o.AverageFillPrice)));
        Assert.All(faulted.Positions, p => Assert.Equal((PositionStatus.Closed, 0L), (p.Status, p.Quantity)));
        Assert.Equal(4, faulted.Positions.Length);
        Assert.Equal(clean.AccountCheck, faulted.AccountCheck);
        Assert.EndsWith("AGREES", faulted.AccountCheck, StringComparison.Ordinal);

        Report(string.Create(CultureInfo.InvariantCulture,
            $"broker faults: REST calls {Metric(faulted, "rest", "calls")} (fault-free {Metric(clean, "rest", "calls")}), " +
            $"EGW00201 answers {Metric(faulted, "rest", "rateLimited")}, tokens issued {Metric(faulted, "auth", "tokensIssued")} (fault-free {Metric(clean, "auth", "tokensIssued")}), " +
            $"WebSocket sessions opened {Metric(faulted, "webSocket", "sessionsOpened")} (fault-free {Metric(clean, "webSocket", "sessionsOpened")}), " +
            $"order submissions {orders.Sum(o => o.Submissions)} for {orders.Length} orders, outcome-unknown states entered {faulted.OutcomeUnknownEntered} (all resolved), " +
            $"wall time to the account check {faulted.ToAccountCheck.TotalSeconds:0.0} s (fault-free {clean.ToAccountCheck.TotalSeconds:0.0} s, side by side)"));
    }
}
