namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// Scenario A's run for the broker-fault differential test (<see cref="BrokerFaultTests"/>): as <see cref="ScenarioAFixture"/>
/// but from 12:00 KST, 3½ simulated hours (21 s of wall time at 600×) before Day 1's screen, so that a silo slow to start
/// on a loaded 2-core machine (the two runs of the pair start one after the other) still screens at 15:30.
/// </summary>
public abstract class BrokerFaultRunFixture : ScenarioRunFixture
{
    protected override string ScenarioFile => "scenario-a.json";

    protected override string Start => "2026-11-23T12:00:00+09:00";
}
