using KisTrader.Silo.Tests.Simulation;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>The whole-cycle run (<see cref="CycleRunFixture"/>) on a database, under a fixed cluster id.</summary>
public sealed class DatabaseCycleRun(string connectionString, string clusterId) : CycleRunFixture
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["ConnectionStrings:KisTrader"] = connectionString;
        settings["KisTrader:Cluster:ClusterId"] = clusterId;
    }
}
