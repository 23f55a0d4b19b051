namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Scenario A (<see cref="BrokerFaultRunFixture"/>) run with <see cref="BrokerFaultSchedule"/>'s faults (the scenario file with a "faults" array, loaded by the
/// simulator at start). The KIS client's wall-clock timeouts are shortened (2 s per query attempt, 3 s per order) so the
/// injected timeouts cost seconds, not the default 5–10 s each; they bound how long a call may hang, not what is decided.
/// </summary>
public sealed class BrokerFaultFixture : BrokerFaultRunFixture
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        base.Configure(settings);
        var scenario = settings["Market:ScenarioPath"]!;
        settings["Market:ScenarioPath"] = BrokerFaultSchedule.WriteScenario(scenario, Path.Combine(Path.GetDirectoryName(scenario)!, "scenario-a-broker-faults.json"));
        settings["Kis:Resilience:QueryTimeout"] = "00:00:02";
        settings["Kis:Resilience:OrderTimeout"] = "00:00:03";
    }
}
