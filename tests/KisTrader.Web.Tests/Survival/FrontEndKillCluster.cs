using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace KisTrader.Web.Tests.Survival;

/// <summary>
/// deploy/cluster-local.sh from a test: PostgreSQL (TLS), migrate, the simulator, two silos and two HTTPS front ends in
/// client mode on loopback, in a run directory and a free block of ports of its own; the test's build output is used
/// (built only when missing). <see cref="Kill"/> ends one process with SIGKILL; <see cref="DisposeAsync"/> stops the rest.
/// </summary>
internal sealed class FrontEndKillCluster : IAsyncDisposable
{
    private static readonly int[] PortOffsets = [0, 1, 10, 11, 20, 21, 30];
    private Dictionary<string, string> _settings = [];
    private bool _started;

    private FrontEndKillCluster()
    {
        RunDirectory = Directory.CreateTempSubdirectory("kistrader-frontkill-").FullName;
        PortBase = FreePortBase();
    }

    public string RunDirectory { get; }

    public int PortBase { get; }

    /// <summary>The trader key the script made for the run (KISTRADER_ADMIN_KEY).</summary>
    public string AdminKey => _settings["KISTRADER_ADMIN_KEY"];

    /// <summary>Front end 1 or 2 (index 0 or 1).</summary>
    public Uri FrontEnd(int index) => new($"https://127.0.0.1:{PortBase + 20 + index}/");

    /// <summary>Starts the cluster (at most <paramref name="timeout"/>); throws with the script's output on failure.</summary>
    public static async Task<FrontEndKillCluster> StartAsync(TimeSpan timeout)
    {
        var cluster = new FrontEndKillCluster();
        cluster._started = true;
        var (code, output, error) = await cluster.RunAsync("start", timeout);
        if (code != 0)
        {
            await cluster.DisposeAsync();
            throw new InvalidOperationException($"cluster-local.sh start failed ({code}):\n{error}\n{output}");
        }

        cluster._settings = EnvValues(Path.Combine(cluster.RunDirectory, "secrets.env"));
        return cluster;
    }

    /// <summary>SIGKILL (kill -9) to a process of the run by its PID file: web1, web2, silo1, silo2, simulator.</summary>
    public int Kill(string name)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(RunDirectory, "pids", name + ".pid")).Trim(), CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill(entireProcessTree: false);
        process.WaitForExit(TimeSpan.FromSeconds(30));
        return pid;
    }

    /// <summary>A handler that trusts exactly the run's CA (deploy/make-cert.sh in the run directory).</summary>
    public SocketsHttpHandler Handler()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = Validate;
        return handler;
    }

    /// <summary>The TLS check of <see cref="Handler"/>: the chain ends at the run's CA.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(RunDirectory, "certs", "ca.crt"));
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(ca);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return custom.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
    }

    public HttpClient Http(Uri frontEnd)
    {
        var http = new HttpClient(Handler()) { BaseAddress = frontEnd, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
        return http;
    }

    /// <summary>The last lines of a process's log (for a failure message).</summary>
    public string LogTail(string name, int lines = 30)
    {
        var path = Path.Combine(RunDirectory, "logs", name + ".log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : "(no log)";
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            _started = false;
            await RunAsync("stop", TimeSpan.FromMinutes(3));
        }

        try
        {
            Directory.Delete(RunDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a log still open by a process that did not stop
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string command, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "deploy", "cluster-local.sh"));
        start.ArgumentList.Add(command);
        start.Environment["KISTRADER_CLUSTER_DIR"] = RunDirectory;
        start.Environment["KISTRADER_LOCAL_PORT_BASE"] = PortBase.ToString(CultureInfo.InvariantCulture);
        start.Environment["KISTRADER_CLUSTER_TIMEOUT"] = "300";
        var configuration = Environment.GetEnvironmentVariable("KISTRADER_CLUSTER_CONFIGURATION") ?? BuildConfiguration;
        start.Environment["KISTRADER_CLUSTER_CONFIGURATION"] = configuration;
        start.Environment["KISTRADER_CLUSTER_BUILD"] = BuiltPrograms(configuration) ? "0" : "1";
        start.Environment.Remove("KISTRADER_CERT_DIR");
        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "", $"cluster-local.sh {command} did not finish within {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static Dictionary<string, string> EnvValues(string path) =>
        File.ReadLines(path).Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
            .Select(l => (Key: l[..l.IndexOf('=', StringComparison.Ordinal)], Value: l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim('\'')))
            .GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KisTrader.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KisTrader.sln not found above " + AppContext.BaseDirectory);
    }

    private static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static bool BuiltPrograms(string configuration) =>
        new[] { ("KisTrader.Silo", "KisTrader.Silo.dll"), ("KisTrader.Web", "KisTrader.Web.dll"), ("KisTrader.Kis.Simulator", "KisTrader.Kis.Simulator.dll") }
            .All(p => File.Exists(Path.Combine(RepositoryRoot(), "artifacts", "bin", p.Item1, configuration.ToLowerInvariant(), p.Item2)));

    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            // Below the Linux ephemeral range and apart from the block the deployment tests draw from.
            var candidate = Random.Shared.Next(120, 199) * 100 + 7;
            if (PortOffsets.All(o => IsFree(candidate + o)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("no free block of loopback ports found");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
