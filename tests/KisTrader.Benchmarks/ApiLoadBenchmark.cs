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
/// With <c>--cluster</c>: the same loads against the local cluster's front ends, one front end vs both (<see cref="ApiLoadCluster"/>).
/// </summary>
internal sealed class ApiLoadBenchmark : IBenchmark
{
    public string Name => "api-load";

    public string Description => "REST: hot read endpoints at 200 req/s for 60 s (req/s, p50/p99) and the saturation point; --cluster: one front end vs two";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        if (args.Contains("--cluster"))
        {
            await ApiLoadCluster.RunAsync(args, cancellationToken);
            return;
        }

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

        HttpClient[] one = [http];
        Console.WriteLine((await ApiLoadLoops.ClosedAsync(one, paths, 8, TimeSpan.FromSeconds(5), "warm-up", cancellationToken)).ToString());
        Console.WriteLine((await ApiLoadLoops.OpenAsync(one, paths, rate, TimeSpan.FromSeconds(seconds), "open loop", cancellationToken)).ToString());
        Console.WriteLine($"  load average after the open loop {WebBenchHost.LoadAverage()}");
        Console.WriteLine((await ApiLoadLoops.ClosedAsync(one, paths, concurrency, TimeSpan.FromSeconds(saturationSeconds), "saturation", cancellationToken)).ToString());
        Console.WriteLine($"  load average at the end {WebBenchHost.LoadAverage()}");
    }

    internal static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
