namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>Scenario A run a second time, in a fresh simulator and silo, for the determinism check.</summary>
public sealed class ScenarioARepeatFixture : ScenarioRunFixture
{
    protected override string ScenarioFile => "scenario-a.json";
}
