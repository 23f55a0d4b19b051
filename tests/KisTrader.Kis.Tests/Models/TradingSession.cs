using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>The market at 2026-11-23 10:00 KST (continuous session), no scenario: 005930 trades on the synthetic book.</summary>
public sealed class TradingSession : SimulatorSession
{
    protected override DateTimeOffset Start => Scenario.Kst(Scenario.Day1, 10, 0);

    protected override bool LoadScenario => false;
}
