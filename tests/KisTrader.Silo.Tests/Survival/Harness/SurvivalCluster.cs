using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Clock;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace KisTrader.Survival;

/// <summary>
/// A multi-process KisTrader cluster on loopback for the survival tests and the <c>failover</c> benchmark: the
/// <c>migrate</c> job, the KIS simulator as its own process (a scenario market, its clock paused at
/// <see cref="SurvivalClusterSettings.Start"/>, no REST rate limit), and two <c>silo</c> processes clustered over
/// PostgreSQL (Orleans' ADO.NET membership, grain state and reminders) that follow the simulator's clock
/// (<c>KisTrader:Clock:Source=Simulator</c>). Started when both silos are active members; the test then lets the clock
/// run (<see cref="SimulatorControl.SetClockAsync"/>), kills a silo (<see cref="ClusterProcess.Kill"/>) and reads the
/// broker's side through the KIS API (<see cref="BrokerOrdersAsync"/>) and the control API.
/// </summary>
internal sealed class SurvivalCluster : IAsyncDisposable
{
    public const string AppKey = "SIM-APP-KEY";
    public const string AppSecret = "SIM-APP-SECRET";
    private static readonly TimeSpan StageTimeout = TimeSpan.FromMinutes(4);
    private readonly SurvivalClusterSettings _settings;
    private readonly List<ClusterProcess> _processes = [];
    private ServiceProvider? _kis;
    private string _cano = string.Empty;
    private string _htsId = string.Empty;

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

    /// <summary>The broker's orders of the account for the days (inquire-daily-ccld through the KIS client, as a broker's statement).</summary>
    public async Task<List<DailyOrder>> BrokerOrdersAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        _kis ??= await KisClientAsync(cancellationToken);
        var trading = _kis.GetRequiredService<IKisTrading>();
        var orders = new List<DailyOrder>();
        await foreach (var row in trading.GetDailyOrdersAsync(new DailyOrderRequest(trading.Account, from, to), cancellationToken: cancellationToken))
        {
            orders.Add(row);
        }

        return orders;
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
        var migrate = Launch("migrate", _settings.SiloDll, ["migrate"], new Dictionary<string, string>
        {
            ["ConnectionStrings__KisTrader"] = _settings.ConnectionString,
            ["DOTNET_ENVIRONMENT"] = "Production",
        });
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
        (_cano, _htsId) = await Simulator.AccountAsync(AppKey, cancellationToken);

        var tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        for (var i = 1; i <= 2; i++)
        {
            Launch($"silo{i}", _settings.SiloDll, ["silo"], SiloEnvironment(tokenKey));
        }

        await UntilAsync("two active silos in the membership table", () => ActiveSilosAsync(cancellationToken), null, cancellationToken);
    }

    private Dictionary<string, string> SiloEnvironment(string tokenKey)
    {
        var rest = Simulator.BaseUrl.ToString().TrimEnd('/');
        return new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__KisTrader"] = _settings.ConnectionString,
            ["KisTrader__Mode"] = "Simulator",
            ["KisTrader__Cluster__ClusterId"] = ClusterId,
            ["KisTrader__Cluster__ServiceId"] = ClusterId,
            ["KisTrader__Cluster__Clustering"] = "AdoNet",
            ["KisTrader__Cluster__SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["KisTrader__Cluster__GatewayPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
            ["KisTrader__Cluster__AdvertisedAddress"] = "127.0.0.1",
            ["KisTrader__Storage__GrainStorage"] = "AdoNet",
            ["KisTrader__Storage__Reminders"] = "AdoNet",
            ["KisTrader__Storage__MigrateOnStart"] = "false",
            ["KisTrader__Clock__Source"] = "Simulator",
            ["Kis__RestBaseUrl"] = rest,
            ["Kis__WebSocketBaseUrl"] = rest.Replace("http://", "ws://", StringComparison.Ordinal),
            ["Kis__MasterFileBaseUrl"] = rest + "/common/master/",
            ["Kis__AppKey"] = AppKey,
            ["Kis__AppSecret"] = AppSecret,
            ["Kis__AccountNumber"] = _cano,
            ["Kis__HtsId"] = _htsId,
            ["Kis__Cluster__EncryptionKey"] = tokenKey,
            // The simulator counts no rate limit (--no-rate-limit): the client's lanes need not pace at 18 per second.
            ["Kis__RateLimit__RequestsPerSecond"] = "100",
            ["Kis__RateLimit__Window"] = "00:00:00.050",
            ["Kis__RateLimit__SafetyMargin"] = "00:00:00",
        };
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
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 2;
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

    // A KIS client of the same key and account, on a clock that reads the simulator's time (the token's expiry is simulated).
    private async Task<ServiceProvider> KisClientAsync(CancellationToken cancellationToken)
    {
        var rest = Simulator.BaseUrl.ToString().TrimEnd('/');
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = rest,
            ["Kis:WebSocketBaseUrl"] = rest.Replace("http://", "ws://", StringComparison.Ordinal),
            ["Kis:MasterFileBaseUrl"] = rest + "/common/master/",
            ["Kis:AppKey"] = AppKey,
            ["Kis:AppSecret"] = AppSecret,
            ["Kis:AccountNumber"] = _cano,
            ["Kis:HtsId"] = _htsId,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddKisClient(configuration);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(new SimClock(await Simulator.NowAsync(cancellationToken), 1m, paused: true));
        return services.BuildServiceProvider();
    }
}
