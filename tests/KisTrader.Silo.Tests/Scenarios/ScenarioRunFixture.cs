using KisTrader.Silo.Tests.Simulation;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// The default command's whole cycle (<see cref="CycleRunFixture"/>: 600×, idle fast-forward, until the closed session's
/// account check) on a scripted market: the simulator loads <see cref="ScenarioFile"/> (beside this file, copied to the
/// output; <c>replaceUniverse</c>: the 14 listings of the issue-5 scripted screen only), and the clock starts at 14:00
/// KST on Monday 2026-11-23, the screened day (Day 1); Day 2 is Tuesday 2026-11-24.
/// </summary>
public abstract class ScenarioRunFixture : CycleRunFixture
{
    /// <summary>The scenario file's name in <c>Scenarios/</c>.</summary>
    protected abstract string ScenarioFile { get; }

    protected override string Start => "2026-11-23T14:00:00+09:00";

    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Market:ScenarioPath"] = Path.Combine(AppContext.BaseDirectory, "Scenarios", ScenarioFile);
    }
}
