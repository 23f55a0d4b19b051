using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>2026-11-23 10:00 KST with every account list paged two rows at a time, so three rows need two continuations.</summary>
public sealed class PagingSession : SimulatorSession
{
    protected override DateTimeOffset Start => Scenario.Kst(Scenario.Day1, 10, 0);

    protected override bool LoadScenario => false;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Simulator:Trading:BalancePageSizeReal"] = "2";
        settings["Simulator:Trading:DailyCcldPageSizeReal"] = "2";
        settings["Simulator:Trading:PsblRvsecnclPageSize"] = "2";
    }
}
