using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace KisTrader.Benchmarks;

/// <summary>
/// <c>api-load --cluster</c>: deploy/cluster-local.sh (PostgreSQL, two silos, two HTTPS front ends in client mode, the
/// simulator, on loopback; the per-key request limit lifted for the run), then in the same run the same hot reads
/// against front end 1 alone and against both (requests alternate): open loop at <c>--rate</c> (200) req/s for
/// <c>--seconds</c> (60), then saturation with <c>--concurrency</c> (64) callers for <c>--saturation-seconds</c> (20);
/// requests/s, p50/p99 of each and the ratio both ÷ one. The cluster is stopped at the end.
/// </summary>
internal static class ApiLoadCluster
{
    private static readonly string[] Paths = ["api/system/status", "api/events?after=0&limit=50", "api/symbols/005930", "api/sessions/2026-11-20", "api/control/clock"];

    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var rate = ApiLoadBenchmark.Arg(args, "--rate", 200);
        var seconds = ApiLoadBenchmark.Arg(args, "--seconds", 60);
        var saturationSeconds = ApiLoadBenchmark.Arg(args, "--saturation-seconds", 20);
        var concurrency = ApiLoadBenchmark.Arg(args, "--concurrency", 64);
        Console.WriteLine($"api-load --cluster: load average before start {WebBenchHost.LoadAverage()}, {Environment.ProcessorCount} cores");
        var runDirectory = Directory.CreateTempSubdirectory("kistrader-api-load-").FullName;
        var portBase = FreePortBase();
        try
        {
            var started = Stopwatch.StartNew();
            var (code, output) = await ScriptAsync("start", runDirectory, portBase, cancellationToken);
            if (code != 0)
            {
                Console.WriteLine($"  the cluster did not start ({code}):\n{output}");
                return;
            }

            Console.WriteLine($"  cluster up in {started.Elapsed.TotalSeconds:F0} s (two silos, front ends https://127.0.0.1:{portBase + 20}/ and https://127.0.0.1:{portBase + 21}/)");
            var key = File.ReadLines(Path.Combine(runDirectory, "secrets.env")).Single(l => l.StartsWith("KISTRADER_ADMIN_KEY=", StringComparison.Ordinal))["KISTRADER_ADMIN_KEY=".Length..].Trim('\'');
            using var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(runDirectory, "certs", "ca.crt"));
            using var web1 = Client(new Uri($"https://127.0.0.1:{portBase + 20}/"), key, ca);
            using var web2 = Client(new Uri($"https://127.0.0.1:{portBase + 21}/"), key, ca);
            HttpClient[] one = [web1];
            HttpClient[] both = [web1, web2];
            foreach (var path in Paths)
            {
                using var a = await web1.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                using var b = await web2.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                Console.WriteLine($"  GET /{path} → {(int)a.StatusCode} / {(int)b.StatusCode}");
            }

            Console.WriteLine((await ApiLoadLoops.ClosedAsync(both, Paths, 8, TimeSpan.FromSeconds(5), "warm-up, both", cancellationToken)).ToString());
            var openOne = await ApiLoadLoops.OpenAsync(one, Paths, rate, TimeSpan.FromSeconds(seconds), "open loop, front end 1", cancellationToken);
            Console.WriteLine(openOne.ToString());
            var openBoth = await ApiLoadLoops.OpenAsync(both, Paths, rate, TimeSpan.FromSeconds(seconds), "open loop, both front ends", cancellationToken);
            Console.WriteLine(openBoth.ToString());
            Console.WriteLine($"  load average after the open loops {WebBenchHost.LoadAverage()}");
            var closedOne = await ApiLoadLoops.ClosedAsync(one, Paths, concurrency, TimeSpan.FromSeconds(saturationSeconds), "saturation, front end 1", cancellationToken);
            Console.WriteLine(closedOne.ToString());
            var closedBoth = await ApiLoadLoops.ClosedAsync(both, Paths, concurrency, TimeSpan.FromSeconds(saturationSeconds), "saturation, both front ends", cancellationToken);
            Console.WriteLine(closedBoth.ToString());
            Console.WriteLine($"  both ÷ one: open loop p99 {openBoth.P99 / openOne.P99:F2}×; saturation {closedBoth.PerSecond / closedOne.PerSecond:F2}× req/s, p99 {closedBoth.P99 / closedOne.P99:F2}×");
            Console.WriteLine($"  load average at the end {WebBenchHost.LoadAverage()}");
        }
        finally
        {
            var (_, stopped) = await ScriptAsync("stop", runDirectory, portBase, CancellationToken.None);
            Console.WriteLine("  " + stopped.Trim().Split('\n')[^1]);
            Directory.Delete(runDirectory, recursive: true);
        }
    }

    private static HttpClient Client(Uri baseAddress, string key, X509Certificate2 ca)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return certificate is X509Certificate2 c && chain.Build(c);
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static async Task<(int Code, string Output)> ScriptAsync(string command, string runDirectory, int portBase, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, "deploy", "cluster-local.sh"));
        start.ArgumentList.Add(command);
        start.Environment["KISTRADER_CLUSTER_DIR"] = runDirectory;
        start.Environment["KISTRADER_LOCAL_PORT_BASE"] = portBase.ToString(CultureInfo.InvariantCulture);
        start.Environment["KISTRADER_CLUSTER_CONFIGURATION"] = Configuration;
        start.Environment["KISTRADER_CLUSTER_BUILD"] = File.Exists(Path.Combine(root, "artifacts", "bin", "KisTrader.Silo", Configuration.ToLowerInvariant(), "KisTrader.Silo.dll")) ? "0" : "1";
        // A load from one client: the per-key request limit (300 a minute) would answer 429 to most of it.
        start.Environment["KISTRADER_WEB_RATE_LIMIT"] = "1000000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await error);
    }

    private static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KisTrader.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KisTrader.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(120, 199) * 100 + 9;
            if (new[] { 0, 1, 10, 11, 20, 21, 30 }.All(o => IsFree(candidate + o)))
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
