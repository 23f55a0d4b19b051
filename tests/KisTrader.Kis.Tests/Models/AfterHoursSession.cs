using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>The scenario market at 2026-11-23 17:00 KST: after the 16:10 and 16:30 after-hours matches of 900010.</summary>
public sealed class AfterHoursSession : SimulatorSession
{
    protected override DateTimeOffset Start => Scenario.Kst(Scenario.Day1, 17, 0);
}
