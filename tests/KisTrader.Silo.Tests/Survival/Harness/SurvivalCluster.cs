using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace KisTrader.Survival;

/// <summary>
/// A multi-process KisTrader cluster on loopback for the survival tests and the <c>failover</c> benchmark: the
/// <c>migrate</c> job, the KIS simulator as its own process (a scenario market, its clock paused at
/// <see cref="SurvivalClusterSettings.Start"/>, no REST rate limit), and two <c>silo</c> processes clustered over
/// PostgreSQL (Orleans' ADO.NET membership, grain state and reminders) that follow the simulator's clock
/// (<c>KisTrader:Clock:Source=Simulator</c>; <see cref="SurvivalClusterSettings.Silos"/> of them), and, when
/// <see cref="SurvivalClusterSettings.WebDll"/> is set, one front end in client mode (<see cref="FrontEnd"/>). Started
/// when the silos are active members and the front end answers <c>/health/ready</c>; the test then lets the clock run
/// (<see cref="SimulatorControl.SetClockAsync"/>), kills a silo (<see cref="ClusterProcess.Kill"/>) and reads the
/// broker's side through the KIS API (<see cref="BrokerOrdersAsync"/>), the control API and the front end's API.
/// </summary>
internal sealed partial class SurvivalCluster : IAsyncDisposable
{
    private static readonly TimeSpan StageTimeout = TimeSpan.FromMinutes(4);
    private readonly SurvivalClusterSettings _settings;
    private readonly List<ClusterProcess> _processes = [];
    private ServiceProvider? _kis;
    private (string Cano, string HtsId) _account;

    private SurvivalCluster(SurvivalClusterSettings settings)
    {
        _settings = settings;
        ClusterId = $"survival-{Guid.NewGuid():N}";
        Simulator = new SimulatorControl(new Uri($"http://127.0.0.1:{FreePort()}/"));
    }

    /// <summary>The run's stopwatch: every output line and every kill is stamped on it.</summary>
    public Stopwatch Run { get; } = Stopwatch.StartNew();

    public string ClusterId { get; }

    public SimulatorControl Simulator { get; }

    public IReadOnlyList<ClusterProcess> Silos => [.. _processes.Where(p => p.Name.StartsWith("silo", StringComparison.Ordinal))];

    /// <summary>Every process started (migrate, the simulator, the silos, the front end), in order.</summary>
    public IReadOnlyList<ClusterProcess> Processes => [.. _processes];

    /// <summary>The front end (client mode) when one was asked for.</summary>
    public FrontEndProcess? FrontEnd { get; private set; }

    /// <summary>The KIS app key the silos use (the simulator's account of it: <see cref="Account"/>).</summary>
    public string AppKey => _settings.AppKey;

    /// <summary>The full account number (CANO) the simulator gave the silos' app key.</summary>
    public string Account => _account.Cano;

    /// <summary>Starts everything; on a failure stops what was started and throws with the processes' last lines.</summary>
    public static async Task<SurvivalCluster> StartAsync(SurvivalClusterSettings settings, CancellationToken cancellationToken)
    {
        var cluster = new SurvivalCluster(settings);
        try
        {
            await cluster.BootAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The silo that printed <paramref name="text"/> first (e.g. the host of a grain that logs on activation).</summary>
    public async Task<ClusterProcess> WaitForAnySiloAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Run.Elapsed + timeout;
        while (true)
        {
            var found = Silos.Select(s => (Silo: s, Line: s.Find(text))).Where(f => f.Line is not null).OrderBy(f => f.Line!.Value.At).FirstOrDefault();
            if (found.Silo is not null)
            {
                return found.Silo;
            }

            if (Silos.All(s => s.HasExited) || Run.Elapsed > deadline)
            {
                throw new TimeoutException($"no silo printed '{text}' within {timeout.TotalSeconds:0} s\n{Tails()}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Writes a line of the run's own progress (stamped on <see cref="Run"/>) to <c>run.log</c> in the log directory and to <see cref="Progress"/>.</summary>
    public void Note(string message)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"[{Run.Elapsed.TotalSeconds,6:F1} s] {message}");
        File.AppendAllText(Path.Combine(_settings.LogDirectory, "run.log"), line + Environment.NewLine);
        Progress?.Invoke(line);
    }

    /// <summary>Also receives every <see cref="Note"/> (a benchmark prints them).</summary>
    public Action<string>? Progress { get; set; }

    /// <summary>The last lines of every process (for failure messages).</summary>
    public string Tails() => string.Join("\n", _processes.Select(p => $"---- {p.Name}{(p.KilledAt is not null ? " (killed)" : string.Empty)}:\n{p.Tail(25)}"));

    public async ValueTask DisposeAsync()
    {
        // Silos first, the simulator last.
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        if (_kis is not null)
        {
            await _kis.DisposeAsync();
        }

        FrontEnd?.Dispose();

        Simulator.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task BootAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_settings.LogDirectory);
        var migrate = Launch("migrate", _settings.SiloDll, ["migrate"], ClusterEnvironment.Migrate(_settings));
        var code = await migrate.WaitForExitAsync(StageTimeout, cancellationToken);
        if (code != 0)
        {
            throw new InvalidOperationException($"migrate exited with {code}\n{migrate.Tail()}");
        }

        var simulator = Launch("simulator", _settings.SimulatorDll,
            [
                "--urls", Simulator.BaseUrl.ToString().TrimEnd('/'), "--start", _settings.Start.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                "--paused", "--no-rate-limit", $"--Market:ScenarioPath={_settings.ScenarioPath}",
            ],
            new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Production" });
        await UntilAsync("the simulator's control API", () => Simulator.ReadyAsync(cancellationToken), simulator, cancellationToken);
        _account = await Simulator.AccountAsync(_settings.AppKey, cancellationToken);

        var tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var gateways = new List<int>();
        for (var i = 1; i <= _settings.Silos; i++)
        {
            gateways.Add(FreePort());
            Launch($"silo{i}", _settings.SiloDll, ["silo"], ClusterEnvironment.Silo(_settings, ClusterId, Simulator.BaseUrl, _account, tokenKey, (FreePort(), gateways[^1])));
        }

        if (_settings.WebDll is { } web)
        {
            // As deploy/cluster-local.sh: the front end starts once the silos' gateways listen, while they join.
            await UntilAsync("the silos' gateway ports", () => Task.FromResult(gateways.All(Listening)), null, cancellationToken);
            var url = new Uri($"http://127.0.0.1:{FreePort()}/");
            var adminKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
            FrontEnd = new FrontEndProcess(Launch("web1", web, [], ClusterEnvironment.Web(_settings, ClusterId, Simulator.BaseUrl, _account.Cano, url, adminKey)), url, adminKey);
        }

        await UntilAsync($"{_settings.Silos} active silo(s) in the membership table", () => ActiveSilosAsync(cancellationToken), null, cancellationToken);
        if (FrontEnd is not null)
        {
            await UntilAsync("the front end's /health/ready", () => FrontEnd.ReadyAsync(cancellationToken), FrontEnd.Process, cancellationToken);
        }

        Note($"cluster up: {_settings.Silos} silo(s){(FrontEnd is not null ? " and a front end" : string.Empty)}");
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private ClusterProcess Launch(string name, string dll, string[] args, Dictionary<string, string> environment)
    {
        var process = ClusterProcess.Start(name, dll, args, environment, Run, _settings.LogDirectory);
        _processes.Add(process);
        return process;
    }

    private async Task<bool> ActiveSilosAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @id AND status = 3", connection);
        command.Parameters.AddWithValue("id", ClusterId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == _settings.Silos;
    }

    private async Task UntilAsync(string what, Func<Task<bool>> condition, ClusterProcess? process, CancellationToken cancellationToken)
    {
        var deadline = Run.Elapsed + StageTimeout;
        while (!await condition())
        {
            var exited = process is not null ? (process.HasExited ? process : null) : Silos.FirstOrDefault(s => s.HasExited);
            if (exited is not null)
            {
                throw new InvalidOperationException($"{exited.Name} exited while waiting for {what}\n{Tails()}");
            }

            if (Run.Elapsed > deadline)
            {
                throw new TimeoutException($"{what} not reached within {StageTimeout.TotalSeconds:0} s\n{Tails()}");
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
