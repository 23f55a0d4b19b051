using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Master;

/// <summary>The default synthetic universe (950 KOSPI + 1,750 KOSDAQ listings, seed 42) on 2026-11-23 at 10:00 KST.</summary>
public sealed class FullUniverseSession : SimulatorSession
{
    protected override DateTimeOffset Start => Scenario.Kst(Scenario.Day1, 10, 0);

    protected override (int Kospi, int Kosdaq) Universe => (950, 1750);

    protected override bool LoadScenario => false;
}
