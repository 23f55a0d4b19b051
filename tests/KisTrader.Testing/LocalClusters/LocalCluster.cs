using System.Diagnostics;
using System.Globalization;
using KisTrader.Testing.Deployment;

namespace KisTrader.Testing.LocalClusters;

/// <summary>
/// deploy/cluster-local.sh driven from a test or a benchmark: PostgreSQL (TLS), migrate, the simulator, two silos and
/// two HTTPS front ends in client mode on loopback, in a temporary run directory and a free block of ports of its own.
/// Start, status and stop go through the script (start returns once both front ends are ready and both silos active);
/// the run's settings, PIDs and logs are read from the run directory. <see cref="DisposeAsync"/> stops a cluster
/// that was started and not stopped, then removes the run directory.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromMinutes(3);
    private readonly LocalClusterOptions _options;
    private Dictionary<string, string>? _settings;
    private bool _running;

    public LocalCluster(LocalClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        PortBase = options.Ports.FindFreeBase();
        RunDirectory = Directory.CreateTempSubdirectory(options.RunDirectoryPrefix).FullName;
        Tls = new ClusterTls(Path.Combine(RunDirectory, "certs", "ca.crt"));
    }

    public string RunDirectory { get; }

    /// <summary>TLS to the run's servers: its CA, a handler trusting it, a server's certificate subject.</summary>
    public ClusterTls Tls { get; }

    /// <summary>Silo 1's port; silo 2 is +1, the gateways +10 and +11, the front ends +20 and +21, the simulator +30.</summary>
    public int PortBase { get; }

    /// <summary>The run's values (run.env and secrets.env, written by start, 0600; read once it succeeded).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings ?? throw new InvalidOperationException("the cluster has not started");

    /// <summary>The trader key the script made for the run (<c>KISTRADER_ADMIN_KEY</c>).</summary>
    public string AdminKey => Settings["KISTRADER_ADMIN_KEY"];

    /// <summary>Front end 1 or 2's port (index 0 or 1).</summary>
    public int WebPort(int index) => PortBase + 20 + index;

    /// <summary>Front end 1 or 2 (index 0 or 1).</summary>
    public Uri FrontEnd(int index) => new(string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{WebPort(index)}/"));

    /// <summary>The simulator's control and KIS API (plain HTTP on loopback, port base + 30).</summary>
    public Uri SimulatorUrl => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{PortBase + 30}/"));

    /// <summary>Makes a cluster and starts it; on failure it is stopped and removed, and the failure thrown.</summary>
    public static async Task<LocalCluster> StartAsync(LocalClusterOptions options, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var cluster = new LocalCluster(options);
        try
        {
            await cluster.StartAsync(timeout, cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary><c>start</c>, at most <paramref name="timeout"/>; a failure throws with the script's output and the processes' log tails.</summary>
    public async Task<ScriptResult> StartAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        _running = true;
        var result = await RunScriptAsync("start", timeout, cancellationToken);
        if (result.Code != 0)
        {
            throw new InvalidOperationException($"cluster-local.sh start failed ({result.Code}):\n{result.Error}\n{result.Output}\n{LogTails()}");
        }

        _settings = EnvFile.ToDictionary(EnvFile.Parse(File.ReadAllText(Path.Combine(RunDirectory, "run.env")))
                .Concat(EnvFile.Parse(File.ReadAllText(Path.Combine(RunDirectory, "secrets.env")))))
            .ToDictionary(p => p.Key, p => p.Value.Trim('\''), StringComparer.Ordinal);
        return result;
    }

    /// <summary><c>status</c>: each process, each front end's readiness, the cluster's active silos.</summary>
    public Task<ScriptResult> StatusAsync(TimeSpan timeout, CancellationToken cancellationToken) => RunScriptAsync("status", timeout, cancellationToken);

    /// <summary><c>stop</c>: every process by its PID, PostgreSQL's data directory removed; the result is the caller's to check.</summary>
    public async Task<ScriptResult> StopAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = await RunScriptAsync("stop", timeout, cancellationToken);
        _running = false;
        return result;
    }

    /// <summary>The PIDs in the run directory, by process name (web1, web2, silo1, silo2, simulator).</summary>
    public Dictionary<string, int> Pids() =>
        Directory.EnumerateFiles(Path.Combine(RunDirectory, "pids"), "*.pid").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f), f => int.Parse(File.ReadAllText(f).Trim(), CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>
    /// Whether one process of the run (web1, web2, silo1, silo2, simulator) is still running: its PID is alive and still
    /// the same program (its command line names a KisTrader assembly, as the script's stop checks; a reused PID is not it).
    /// </summary>
    public bool IsRunning(string name)
    {
        if (!Pids().TryGetValue(name, out var pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && File.ReadAllText($"/proc/{pid}/cmdline").Contains("KisTrader.", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL (kill -9) to one process of the run by its PID file; waits (30 s at most) for it to end.</summary>
    public int Kill(string name)
    {
        var pid = Pids()[name];
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: false);
        process.WaitForExit(TimeSpan.FromSeconds(30));
        return pid;
    }

    /// <summary>An HTTPS client with the run's trader key, trusting the run's CA (60 s a request unless <paramref name="timeout"/>).</summary>
    public HttpClient HttpsClient(Uri? baseAddress = null, Action<SocketsHttpHandler>? configure = null, TimeSpan? timeout = null)
    {
        var handler = Tls.Handler();
        configure?.Invoke(handler);
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
        return http;
    }

    /// <summary>The last lines of a process's log (for a failure message).</summary>
    public string LogTail(string name, int lines = 30)
    {
        var path = Path.Combine(RunDirectory, "logs", name + ".log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : "(no log)";
    }

    /// <summary>Every process's log tail, for a failure message.</summary>
    public string LogTails()
    {
        var logs = Path.Combine(RunDirectory, "logs");
        return Directory.Exists(logs)
            ? string.Join('\n', Directory.EnumerateFiles(logs, "*.log").Order(StringComparer.Ordinal).Select(f => $"--- {Path.GetFileName(f)}\n{LogTail(Path.GetFileNameWithoutExtension(f))}"))
            : "(no logs)";
    }

    public async ValueTask DisposeAsync()
    {
        if (_running)
        {
            try
            {
                // Not the caller's token: a cancelled test still stops its processes.
                await StopAsync(StopTimeout, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                // the script was killed; what it did not stop shows in the machine's processes, not in this test's result
            }
        }

        Tls.Dispose();
        try
        {
            Directory.Delete(RunDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a log still open by a process that did not stop: the assertion on the stop reports it
        }
    }

    private Task<ScriptResult> RunScriptAsync(string command, TimeSpan timeout, CancellationToken cancellationToken) =>
        ClusterScript.RunAsync(command, RunDirectory, PortBase, _options.ScriptEnvironment, timeout, cancellationToken);
}
