using System.Text.Json;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Hosting;
using KisTrader.Silo.Tests.Survival;
using KisTrader.Survival;

namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// One side of <see cref="BrokerFaultTests"/>, multi-process (<see cref="SurvivalCluster"/> with one silo): its own
/// PostgreSQL database on the shared test server, its own simulator process (scenario A; the faulted run's scenario file
/// carries <see cref="BrokerFaultSchedule"/>'s "faults") and one silo following that simulator's clock, driven by
/// <see cref="BrokerFaultTimeline"/>. Both runs' silos have the KIS client's wall-clock timeouts shortened (2 s per query
/// attempt, 3 s per order) so an injected timeout costs seconds, not the default 5–10 s; they bound how long a call may
/// hang, not what is decided. As in the one-process cycle run (<c>CycleRunFixture</c>) the positions' REST price fallback
/// is off: a poll has no bid, so an exit decided on it goes to market instead of the derived limit at the bid (seen once,
/// with the feed just dropped). After the run everything the tests compare is read from outside the processes
/// (<see cref="BrokerFaultRun.ReadAsync"/>).
/// </summary>
internal sealed partial class BrokerFaultRun : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Timeouts = new()
    {
        ["Kis__Resilience__QueryTimeout"] = "00:00:02",
        ["Kis__Resilience__OrderTimeout"] = "00:00:03",
        ["KisTrader__Positions__StalePriceAfter"] = "00:00:00",
    };

    private readonly TestDatabase _database;
    private SurvivalCluster? _cluster;
    private ProbeClient? _client;

    private BrokerFaultRun(string name, TestDatabase database)
    {
        Name = name;
        _database = database;
    }

    /// <summary>"fault-free" or "faulted".</summary>
    public string Name { get; }

    public SurvivalCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Wall time from the cluster's start to the account check (boot, the two days, the check).</summary>
    public TimeSpan ToAccountCheck { get; private set; }

    /// <summary>The simulator's metrics (<c>GET /sim/metrics</c>) when the session had closed.</summary>
    public JsonElement Metrics { get; private set; }

    /// <summary>
    /// The simulate command's account check (<see cref="SimulationAccountCheck"/>, run by the test on the run's journal and
    /// the simulator's account) from its marker on: cash, buys, sells, statistics, holdings, verdict.
    /// </summary>
    public string AccountCheck { get; private set; } = string.Empty;

    /// <summary>Starts the cluster, runs the two days and reads the run; on a failure disposes what it started and throws.</summary>
    public static async Task<BrokerFaultRun> RunAsync(bool faulted, CancellationToken ct)
    {
        var run = new BrokerFaultRun(faulted ? "faulted" : "fault-free", await TestPostgres.CreateDatabaseAsync(faulted ? "brokerfault_on" : "brokerfault_off"));
        try
        {
            var settings = ScenarioACluster.Settings(run.ConnectionString) with { Silos = 1, SiloEnvironment = Timeouts };
            if (faulted)
            {
                settings = settings with { ScenarioPath = BrokerFaultSchedule.WriteScenario(settings.ScenarioPath, Path.Combine(settings.LogDirectory, "scenario-a-broker-faults.json")) };
            }

            run._cluster = await SurvivalCluster.StartAsync(settings, ct);
            run.Cluster.Progress = m => TestContext.Current.SendDiagnosticMessage($"broker faults ({run.Name}): {m}");
            var closed = await BrokerFaultTimeline.RunAsync(run.Cluster, run.ConnectionString, ct);
            // The faults' windows run to Day 2 18:00: read what hit, then clear them for the test's own KIS calls.
            run.Metrics = await run.Cluster.Simulator.MetricsAsync(ct);
            await run.Cluster.Simulator.ClearFaultsAsync(ct);
            // From the marker on: the line's leading simulated time differs between the runs.
            var check = await DatabaseRestartAccountCheck.RunAsync(run.Cluster, run.ConnectionString, closed, ct);
            run.AccountCheck = check[check.IndexOf(SimulationAccountCheck.Marker, StringComparison.Ordinal)..];
            run.ToAccountCheck = run.Cluster.Run.Elapsed;
            run.Cluster.Note(run.AccountCheck);
            run._client = await ProbeClient.StartAdoNetAsync(run.ConnectionString, run.Cluster.ClusterId, run.Cluster.ClusterId);
            await run.ReadAsync();
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
