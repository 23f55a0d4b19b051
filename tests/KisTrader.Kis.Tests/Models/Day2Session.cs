using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>The scenario market at 2026-11-24 09:30 KST: after the three scripted ticks of 900010.</summary>
public sealed class Day2Session : SimulatorSession
{
    protected override DateTimeOffset Start => Scenario.Kst(Scenario.Day2, 9, 30);
}
