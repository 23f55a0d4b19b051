using System.Diagnostics;
using System.Globalization;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Silo.Hosting;
using KisTrader.Survival;
using Npgsql;

namespace KisTrader.Benchmarks;

/// <summary>
/// failover (issue 12): survival test 1's run (<see cref="AfterHoursKillRun"/>, shared with
/// tests/KisTrader.Silo.Tests/Survival) as a measurement: the simulator and two silos as processes on loopback, clustered
/// over PostgreSQL, following the simulator's clock at 120×; the silo hosting the after-hours board is killed (SIGKILL)
/// while the board decides the 16:00 checkpoint. Figures: wall seconds from the kill to the survivor's first decision
/// (membership's failure detection + the reminder's take-over + the board's re-activation and decision), and the
/// duplicates the broker shows (a second buy order of a symbol, or a buy of a symbol that never signalled). Goals: ≤ 30 s, 0.
/// Needs PostgreSQL: KISTRADER_TEST_PG (e.g. <c>eval "$(deploy/postgres.sh start)"</c>); a database is made and dropped.
/// Args: [--runs N] (1).
/// </summary>
internal sealed class FailoverBenchmark : IBenchmark
{
    private const double GoalSeconds = 30;

    public string Name => "failover";

    public string Description => "a silo killed mid after-hours decision: kill → first decision on the survivor (s) and duplicate orders at the broker; goals ≤ 30 s, 0 (PASS/FAIL); needs KISTRADER_TEST_PG";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var runs = args.Length >= 2 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;
        var server = Environment.GetEnvironmentVariable("KISTRADER_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.WriteLine("failover: KISTRADER_TEST_PG is not set (eval \"$(deploy/postgres.sh start)\" && export KISTRADER_TEST_PG)");
            Console.WriteLine("  FAIL  nothing measured");
            return;
        }

        Console.WriteLine($"failover: {runs} run(s); {Environment.ProcessorCount} cores; load average {WebBenchHost.LoadAverage()}");
        var gaps = new List<double>();
        var duplicates = 0;
        for (var run = 1; run <= runs; run++)
        {
            var (gap, dups) = await OneRunAsync(server, run, cancellationToken);
            gaps.Add(gap);
            duplicates += dups;
        }

        var worst = gaps.Max();
        Console.WriteLine(FormattableString.Invariant($"failover: kill → first decision on the survivor: {string.Join(", ", gaps.Select(g => $"{g:F1} s"))} (worst {worst:F1} s); load average {WebBenchHost.LoadAverage()}"));
        Console.WriteLine(FormattableString.Invariant($"  {(worst <= GoalSeconds ? "PASS" : "FAIL")}  kill → first decision ≤ {GoalSeconds:F0} s: {worst:F1} s"));
        Console.WriteLine(FormattableString.Invariant($"  {(duplicates == 0 ? "PASS" : "FAIL")}  duplicates at the broker = 0: {duplicates}"));
    }

    private static async Task<(double Gap, int Duplicates)> OneRunAsync(string server, int run, CancellationToken cancellationToken)
    {
        var name = $"kt_failover_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}", cancellationToken);
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name, ApplicationName = name }.ConnectionString;
        var logs = Directory.CreateTempSubdirectory("kistrader-failover-").FullName;
        var watch = Stopwatch.StartNew();
        try
        {
            await using var cluster = await SurvivalCluster.StartAsync(
                new SurvivalClusterSettings(
                    database,
                    ProgramLocator.Find(typeof(SiloHostOptions)),
                    ProgramLocator.Find(typeof(SimulatorHost)),
                    Path.Combine(AppContext.BaseDirectory, "Scenarios", "scenario-a.json"),
                    AfterHoursKillRun.Start,
                    logs),
                cancellationToken);
            Console.WriteLine(FormattableString.Invariant($"failover run {run}: cluster up in {watch.Elapsed.TotalSeconds:F0} s (logs {logs})"));
            cluster.Progress = line => Console.WriteLine("  " + line);
            var result = await AfterHoursKillRun.RunAsync(cluster, cluster.Note, cancellationToken);
            var duplicates = result.Duplicates(AfterHoursKillRun.Signalling);
            Console.WriteLine(FormattableString.Invariant(
                $"failover run {run}: {result.KillToFirstDecision.TotalSeconds:F1} s kill → first decision; broker buys {string.Join(", ", result.BuyOrders.Select(p => $"{p.Key}×{p.Value}"))}; {result.OrdersAccepted} orders accepted; duplicates {duplicates}; missing {AfterHoursKillRun.Signalling.Count(s => !result.BuyOrders.ContainsKey(s))}"));
            return (result.KillToFirstDecision.TotalSeconds, duplicates);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
