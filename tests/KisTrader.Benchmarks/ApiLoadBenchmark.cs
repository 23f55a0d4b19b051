using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.Master;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Benchmarks;

/// <summary>
/// api-load: the one-process front end on loopback, its hot read endpoints in turn (system status, the events page, a
/// symbol, a session, the clock) with an API key. (1) open loop at a fixed rate (default 200 req/s for 60 s): achieved
/// requests/s, p50/p99, errors; (2) saturation: closed loop with 64 concurrent callers for 20 s (the most it serves on
/// this machine) with p50/p99. Args: [--rate N] [--seconds N] [--saturation-seconds N] [--concurrency N].
/// </summary>
internal sealed class ApiLoadBenchmark : IBenchmark
{
    public string Name => "api-load";

    public string Description => "REST: hot read endpoints at 200 req/s for 60 s (req/s, p50/p99) and the saturation point";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var rate = Arg(args, "--rate", 200);
        var seconds = Arg(args, "--seconds", 60);
        var saturationSeconds = Arg(args, "--saturation-seconds", 20);
        var concurrency = Arg(args, "--concurrency", 64);
        Console.WriteLine($"api-load: load average before start {WebBenchHost.LoadAverage()}, {Environment.ProcessorCount} cores");
        await using var host = await WebBenchHost.StartAsync(cancellationToken);
        var master = host.App.Services.GetRequiredService<IMasterFileSource>();
        var symbol = (await master.GetAsync(KrxMarket.Kospi, cancellationToken)).Instruments.First(i => i.GroupCode == "ST" && GrainKeys.IsSymbol(i.Symbol)).Symbol;
        string[] paths = ["api/system/status", "api/events?after=0&limit=50", $"api/symbols/{symbol}", "api/sessions/2026-11-20", "api/control/clock"];
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", WebBenchHost.AdminKey);
        foreach (var path in paths)
        {
            using var warm = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            Console.WriteLine($"  GET /{path} → {(int)warm.StatusCode}");
        }

        await ClosedLoopAsync(http, paths, 8, TimeSpan.FromSeconds(5), "warm-up", cancellationToken);
        await OpenLoopAsync(http, paths, rate, TimeSpan.FromSeconds(seconds), cancellationToken);
        Console.WriteLine($"  load average after the open loop {WebBenchHost.LoadAverage()}");
        await ClosedLoopAsync(http, paths, concurrency, TimeSpan.FromSeconds(saturationSeconds), "saturation", cancellationToken);
        Console.WriteLine($"  load average at the end {WebBenchHost.LoadAverage()}");
    }

    private static async Task OpenLoopAsync(HttpClient http, string[] paths, int rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentQueue<double>();
        var errors = 0;
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < duration)
        {
            var due = (int)(clock.Elapsed.TotalSeconds * rate);
            while (sent < due)
            {
                var path = paths[sent++ % paths.Length];
                inFlight.Add(Task.Run(async () =>
                {
                    if (!await OneAsync(http, path, latencies, cancellationToken))
                    {
                        Interlocked.Increment(ref errors);
                    }
                }, cancellationToken));
            }

            await Task.Delay(2, cancellationToken);
        }

        await Task.WhenAll(inFlight);
        var elapsed = clock.Elapsed.TotalSeconds;
        var list = latencies.ToList();
        Console.WriteLine($"  open loop: {sent} requests at {rate}/s target over {duration.TotalSeconds:F0} s → {latencies.Count / elapsed:F1} req/s answered, p50 {WebBenchHost.Percentile(list, 0.5):F1} ms, p99 {WebBenchHost.Percentile(list, 0.99):F1} ms, max {(list.Count == 0 ? double.NaN : list.Max()):F1} ms, errors {errors}");
    }

    private static async Task ClosedLoopAsync(HttpClient http, string[] paths, int concurrency, TimeSpan duration, string label, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentQueue<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; clock.Elapsed < duration; i += concurrency)
            {
                if (!await OneAsync(http, paths[i % paths.Length], latencies, cancellationToken))
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, cancellationToken)));
        var list = latencies.ToList();
        Console.WriteLine($"  {label}: {concurrency} concurrent callers for {duration.TotalSeconds:F0} s → {latencies.Count / clock.Elapsed.TotalSeconds:F1} req/s, p50 {WebBenchHost.Percentile(list, 0.5):F1} ms, p99 {WebBenchHost.Percentile(list, 0.99):F1} ms, errors {errors}");
    }

    private static async Task<bool> OneAsync(HttpClient http, string path, ConcurrentQueue<double> latencies, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
            latencies.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotFound;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
