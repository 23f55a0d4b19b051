using KisTrader.Silo.Tests.Simulation;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>
/// The whole-cycle run (<see cref="CycleRunFixture"/>) on a database, under a fixed cluster id. It starts at 09:00 KST
/// instead of 14:00: a silo that takes long to start on a loaded machine (the migrations come first here) still wakes
/// the schedule before the 15:30 screen (6.5 simulated hours ≈ 39 s at 600×; the idle fast-forward skips the rest).
/// </summary>
public sealed class DatabaseCycleRun(string connectionString, string clusterId) : CycleRunFixture
{
    protected override string Start => "2026-11-24T09:00:00+09:00";

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["ConnectionStrings:KisTrader"] = connectionString;
        settings["KisTrader:Cluster:ClusterId"] = clusterId;
    }
}
