namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>Scenario A's run (<c>scenario-a.json</c>); see <see cref="ScenarioATests"/>.</summary>
public sealed class ScenarioAFixture : ScenarioRunFixture
{
    protected override string ScenarioFile => "scenario-a.json";
}
