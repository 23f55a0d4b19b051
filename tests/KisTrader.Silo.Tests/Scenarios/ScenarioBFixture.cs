namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>Scenario B's run (<c>scenario-b.json</c>); see <see cref="ScenarioBTests"/>.</summary>
public sealed class ScenarioBFixture : ScenarioRunFixture
{
    protected override string ScenarioFile => "scenario-b.json";
}
