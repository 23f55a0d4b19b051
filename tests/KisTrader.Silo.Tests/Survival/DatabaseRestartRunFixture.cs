using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Infrastructure;
using KisTrader.Silo.Tests.Simulation;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// The whole-cycle run (the default command, 600× once its schedule is up, idle fast-forward) on a private PostgreSQL server
/// (<see cref="DatabaseRestartServer"/>) that is stopped mid-session and started again: the clock starts at 09:00 KST
/// on Tuesday 2026-11-24 (the day several selected symbols move after hours; the early start, idle and fast-forwarded,
/// lets a silo that starts slowly on a loaded machine still wake the schedule before the prefetch); at 16:10, after the 16:00 checkpoint, the
/// run slows to 60× and the server stops; it stays down through the 16:30 checkpoint (until 16:40) and then starts again
/// on the same data directory and port, the run goes back to 600×, and the fixture waits for the closed session's check
/// against the simulator's account. Nobody touches the silo in between: it must resume by itself. Every log line of
/// every level from Debug up is captured (<see cref="SecretsSweepLogs"/>), and the KIS app key and secret are
/// distinctive values (<see cref="AppKey"/>, <see cref="AppSecret"/>) so the secrets sweep can search for them.
/// </summary>
public sealed class DatabaseRestartRunFixture : IAsyncLifetime
{
    public const string AppKey = "PSKeyDbRestartSweep7Q2ZfX4mW9vLc3Hn8Rt";

    public const string AppSecret = "SecretDbRestartSweep5Jd8Kp2Vx6Qm4Zt9Bw1Ny7Lc3Hg0Fs";

    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(12);

    public static readonly DateTimeOffset StopAt = new(2026, 11, 24, 16, 10, 0, TimeSpan.FromHours(9));

    public static readonly DateTimeOffset StartAgainAt = new(2026, 11, 24, 16, 40, 0, TimeSpan.FromHours(9));

    private readonly CapturedConsole _console = new();
    private DatabaseRestartServer? _server;
    private SimulationRun? _run;

    internal SimulationRun Run => _run ?? throw new InvalidOperationException("fixture not initialised");

    internal DatabaseRestartServer Server => _server ?? throw new InvalidOperationException("fixture not initialised");

    internal SecretsSweepLogs Logs { get; } = new();

    public string Output => _console.Text;

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Orders the simulator had accepted when the server stopped, and when it started again.</summary>
    public (long BeforeStop, long BeforeStart) AcceptedOrders { get; private set; }

    /// <summary>Log lines at Warning or above while the server was down.</summary>
    public int FailuresWhileDown { get; private set; }

    /// <summary>How many log lines there were when the server stopped.</summary>
    public int LoggedAtStop { get; private set; }

    /// <summary>How many log lines there were when the server started again.</summary>
    public int LoggedAtRestart { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _server = await DatabaseRestartServer.StartAsync();
        await _server.CreateDatabaseAsync("survival");
        ConnectionString = _server.For("survival");
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["ConnectionStrings:KisTrader"] = ConnectionString,
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = AppSecret,
            ["KisTrader:Simulation:Start"] = "2026-11-24T09:00:00+09:00",
            // Real speed until the schedule is up: Orleans' own timeouts (grain placement: 30 s) read the simulated
            // clock too, and at 600× a silo starting on a loaded machine times its first placements out.
            ["KisTrader:Simulation:Speed"] = "1",
            ["KisTrader:Simulation:FastForward"] = "true",
            ["KisTrader:Simulation:LogLevel"] = "Debug",
            ["KisTrader:Cluster:ClusterId"] = $"dbrestart-{Guid.NewGuid():N}",
            ["KisTrader:Cluster:SiloPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["KisTrader:Cluster:GatewayPort"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Market:KospiListings"] = "250",
            ["Market:KosdaqListings"] = "450",
            ["Simulator:RateLimit:Enabled"] = "false",
            ["Kis:RateLimit:RequestsPerSecond"] = "100",
            ["Kis:RateLimit:Window"] = "00:00:00.050",
            ["Kis:RateLimit:SafetyMargin"] = "00:00:00",
        };
        var watch = Stopwatch.StartNew();
        _run = await SimulationRun.StartAsync([], settings, _console, b => b.Logging.AddProvider(Logs), TestContext.Current.CancellationToken);

        while (!Output.Contains("next: history prefetch for 2026-11-24", StringComparison.Ordinal))
        {
            Timeout(watch, "the schedule's start");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        _run.Clock.SetSpeed(600);
        await WaitForClockAsync(StopAt, watch);
        _run.Clock.SetSpeed(60);
        var beforeStop = await AcceptedOrdersAsync();
        await _server.StopServerAsync();
        LoggedAtStop = Logs.Count;
        TestContext.Current.SendDiagnosticMessage($"database restart: server stopped at {Kst(_run.Clock.GetUtcNow())} ({watch.Elapsed.TotalSeconds:0.0} s)");

        await WaitForClockAsync(StartAgainAt, watch);
        var beforeStart = await AcceptedOrdersAsync();
        FailuresWhileDown = Logs.Since(LoggedAtStop).Count(e => e.Level >= LogLevel.Warning);
        LoggedAtRestart = Logs.Count;
        await _server.StartServerAsync();
        _run.Clock.SetSpeed(600);
        AcceptedOrders = (beforeStop, beforeStart);
        TestContext.Current.SendDiagnosticMessage($"database restart: server started again at {Kst(_run.Clock.GetUtcNow())} ({watch.Elapsed.TotalSeconds:0.0} s); {FailuresWhileDown} warnings meanwhile");

        while (!Output.Contains(SimulationAccountCheck.Marker, StringComparison.Ordinal))
        {
            Timeout(watch, "the account check");
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        TestContext.Current.SendDiagnosticMessage($"database restart: account check printed {watch.Elapsed.TotalSeconds:0.0} s after the start");
    }

    /// <summary>Orders (new, modify, cancel) the simulator's order desk accepted so far.</summary>
    public async Task<long> AcceptedOrdersAsync()
    {
        using var http = new HttpClient { BaseAddress = Run.Simulator.BaseUrl };
        using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/sim/metrics", UriKind.Relative), TestContext.Current.CancellationToken));
        return doc.RootElement.GetProperty("orders").GetProperty("accepted").GetInt64();
    }

    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _console.Dispose();
    }

    private async Task WaitForClockAsync(DateTimeOffset instant, Stopwatch watch)
    {
        while (Run.Clock.GetUtcNow() < instant)
        {
            Timeout(watch, $"the clock at {Kst(instant)}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private void Timeout(Stopwatch watch, string what)
    {
        if (watch.Elapsed > Patience)
        {
            var warnings = Logs.All().Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("KisTrader", StringComparison.Ordinal))
                .TakeLast(30).Select(e => $"{e.Level} {e.Category}: {e.Message}");
            throw new TimeoutException($"the run did not reach {what} within {Patience}; clock {Run.Clock.GetUtcNow():O} held by work {Run.Clock.IsHeld}; it printed:\n{Output}\nits last warnings:\n{string.Join('\n', warnings)}");
        }
    }

    private static string Kst(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
