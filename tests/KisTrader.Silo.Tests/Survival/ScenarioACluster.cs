using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Silo.Hosting;
using KisTrader.Survival;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// The settings every multi-process survival run of this project starts from: the built silo and simulator, scenario A
/// (<c>Scenarios/scenario-a.json</c>), the clock paused at <see cref="AfterHoursKillRun.Start"/> (Mon 2026-11-23 15:29
/// KST) and a fresh log directory; a run changes what it needs with <c>with { ... }</c>.
/// </summary>
internal static class ScenarioACluster
{
    public static SurvivalClusterSettings Settings(string connectionString) =>
        new(
            connectionString,
            ProgramLocator.Find(typeof(SiloHostOptions)),
            ProgramLocator.Find(typeof(SimulatorHost)),
            Path.Combine(AppContext.BaseDirectory, "Scenarios", "scenario-a.json"),
            AfterHoursKillRun.Start,
            Directory.CreateTempSubdirectory("kistrader-survival-").FullName);
}
