using KisTrader.Survival;
using Npgsql;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// Survival test 3's run, multi-process (<see cref="SurvivalCluster"/>): the simulator (scenario A), one silo following
/// its clock and one front end in client mode, all on a private PostgreSQL server (<see cref="DatabaseRestartServer"/>)
/// that is stopped at 16:10 on Day 1 (after the 16:00 checkpoint) and started again at 16:40 (after the 16:30 checkpoint
/// decided a buy while it was down); nobody touches the processes in between. The timeline: <see cref="DatabaseRestartTimeline"/>.
/// Migrate, the silo and the front end log at Debug, one line per entry (<see cref="ProcessLogLine"/>), and the KIS app
/// key and secret are distinctive (<see cref="AppKey"/>, <see cref="AppSecret"/>) for the secrets sweep.
/// </summary>
public sealed class DatabaseRestartRunFixture : IAsyncLifetime
{
    public const string AppKey = "PSKeyDbRestartSweep7Q2ZfX4mW9vLc3Hn8Rt";

    public const string AppSecret = "SecretDbRestartSweep5Jd8Kp2Vx6Qm4Zt9Bw1Ny7Lc3Hg0Fs";

    public static readonly DateOnly Day = AfterHoursKillRun.Day;

    public static readonly DateOnly ExitDay = ExitDayKillRun.Day2;

    private DatabaseRestartServer? _server;
    private SurvivalCluster? _cluster;

    internal SurvivalCluster Cluster => _cluster ?? throw new InvalidOperationException("fixture not initialised");

    internal ClusterProcess Silo => Cluster.Silos.Single();

    internal FrontEndProcess FrontEnd => Cluster.FrontEnd ?? throw new InvalidOperationException("no front end");

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>What the timeline observed.</summary>
    internal DatabaseRestartTimeline.Observed Observed { get; private set; } = null!;

    /// <summary>The account check's line (<c>SimulationAccountCheck</c>, run by the test against the processes' journal and the simulator's account).</summary>
    public string AccountCheck { get; private set; } = string.Empty;

    /// <summary>The product's log entries (migrate, the silo, the front end; not the simulator) from <paramref name="after"/> to <paramref name="before"/>.</summary>
    internal IEnumerable<(string Process, ProcessLogLine Entry)> ProductLog(TimeSpan after = default, TimeSpan? before = null) =>
        Cluster.Processes.Where(p => p.Name != "simulator")
            .SelectMany(p => p.Lines(after, before).Select(l => (p.Name, ProcessLogLine.Parse(l.Line))));

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _server = await DatabaseRestartServer.StartAsync();
        await _server.CreateDatabaseAsync("survival");
        ConnectionString = _server.For("survival");
        _cluster = await SurvivalCluster.StartAsync(
            ScenarioACluster.Settings(ConnectionString) with
            {
                Silos = 1,
                WebDll = ProgramLocator.Find("KisTrader.Web"),
                AppKey = AppKey,
                AppSecret = AppSecret,
                LogLevel = "Debug",
            },
            ct);
        _cluster.Progress = m => TestContext.Current.SendDiagnosticMessage("database restart: " + m);
        try
        {
            Observed = await DatabaseRestartTimeline.RunAsync(_cluster, _server, ConnectionString, ct);
            AccountCheck = await DatabaseRestartAccountCheck.RunAsync(_cluster, ConnectionString, Observed.SessionClosed, ct);
            _cluster.Note(AccountCheck);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"{e.Message}\n{_cluster.Tails()}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
    }
}
