using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>The scenario market at 2026-11-23 14:30 KST: after the 14:00 bar of 900010, before the close.</summary>
public sealed class Day1Session : SimulatorSession
{
    protected override DateTimeOffset Start => Scenario.Kst(Scenario.Day1, 14, 30);
}
