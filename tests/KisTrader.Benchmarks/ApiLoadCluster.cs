using System.Diagnostics;
using KisTrader.Testing.LocalClusters;

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
        // A load from one client: the per-key request limit (300 a minute) would answer 429 to most of it.
        var options = new LocalClusterOptions("kistrader-api-load-", new PortBlock(120, 199, 9))
        {
            ScriptEnvironment = new Dictionary<string, string>(StringComparer.Ordinal) { ["KISTRADER_WEB_RATE_LIMIT"] = "1000000" },
        };
        await using var cluster = new LocalCluster(options);
        try
        {
            var started = Stopwatch.StartNew();
            try
            {
                await cluster.StartAsync(TimeSpan.FromMinutes(15), cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                Console.WriteLine($"  the cluster did not start: {e.Message}");
                return;
            }

            Console.WriteLine($"  cluster up in {started.Elapsed.TotalSeconds:F0} s (two silos, front ends {cluster.FrontEnd(0)} and {cluster.FrontEnd(1)})");
            using var web1 = Client(cluster, 0);
            using var web2 = Client(cluster, 1);
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
            var stopped = await cluster.StopAsync(TimeSpan.FromMinutes(3), CancellationToken.None);
            Console.WriteLine("  " + (stopped.Output + stopped.Error).Trim().Split('\n')[^1]);
        }
    }

    private static HttpClient Client(LocalCluster cluster, int frontEnd) => cluster.HttpsClient(
        cluster.FrontEnd(frontEnd),
        handler =>
        {
            handler.MaxConnectionsPerServer = 512;
            handler.PooledConnectionLifetime = TimeSpan.FromMinutes(10);
        },
        TimeSpan.FromSeconds(30));
}
