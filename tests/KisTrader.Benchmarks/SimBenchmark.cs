using System.Diagnostics;
using System.Globalization;
using KisTrader.Kis.Simulator.Market;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Benchmarks;

/// <summary>
/// sim: (1) time and memory to generate one trading day of the default universe (goal &lt; 5 s, &lt; 1 GB);
/// (2) inquire-price requests/s served on loopback by parallel HttpClients (goal ≥ 5,000/s).
/// Args: [--date yyyy-MM-dd] [--seconds N] [--clients N] [--concurrency N].
/// </summary>
internal sealed class SimBenchmark : IBenchmark
{
    public string Name => "sim";

    public string Description => "simulator: one trading day of the default universe (time, memory) and inquire-price req/s on loopback";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var date = DateOnly.Parse(Arg(args, "--date", "2026-11-23"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(Arg(args, "--seconds", "5"), CultureInfo.InvariantCulture);
        var clients = int.Parse(Arg(args, "--clients", "16"), CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Arg(args, "--concurrency", "4"), CultureInfo.InvariantCulture);

        GenerateDay(date);
        await ServeAsync(date, seconds, clients, concurrency, cancellationToken);
    }

    private static void GenerateDay(DateOnly date)
    {
        var process = Process.GetCurrentProcess();
        var allocated0 = GC.GetTotalAllocatedBytes(true);
        var total = Stopwatch.StartNew();
        var market = new SimMarket(new SimMarketOptions());
        var universe = total.Elapsed;
        var model = market.Model;
        var day = model.Calendar.IndexOf(date);
        if (day < 0)
        {
            throw new ArgumentException($"{date:yyyy-MM-dd} is not a trading day of the simulator's calendar.");
        }

        model.Daily.Row(0, day);
        var walk = total.Elapsed - universe;
        var allocated1 = GC.GetTotalAllocatedBytes(true);
        var generate = Stopwatch.StartNew();
        var data = model.Day(day);
        data.EnsureAll();
        _ = data.Index(0);
        _ = data.Index(1);
        generate.Stop();
        var allocated2 = GC.GetTotalAllocatedBytes(true);
        process.Refresh();
        Console.WriteLine($"sim/day: date {date:yyyy-MM-dd}, {model.Listings.Count} listings ({model.Listings.Count(l => l.Market == SimMarketId.Kospi)} KOSPI, {model.Listings.Count(l => l.Market == SimMarketId.Kosdaq)} KOSDAQ), {data.Session.ContinuousMinutes} one-minute bars each");
        Console.WriteLine($"sim/day: universe {universe.TotalMilliseconds:F0} ms, daily walk to day {day} {walk.TotalMilliseconds:F0} ms, allocated {(allocated1 - allocated0) / 1e6:F0} MB");
        Console.WriteLine($"sim/day: one trading day (all listings, both indices) {generate.Elapsed.TotalMilliseconds:F0} ms, allocated {(allocated2 - allocated1) / 1e6:F0} MB  [goal < 5,000 ms, < 1,000 MB]");
        Console.WriteLine($"sim/day: total {total.Elapsed.TotalMilliseconds:F0} ms, GC allocated {(allocated2 - allocated0) / 1e6:F0} MB, peak working set {process.PeakWorkingSet64 / 1e6:F0} MB");
        GC.KeepAlive(market);
    }

    private static async Task ServeAsync(DateOnly date, int seconds, int clients, int concurrency, CancellationToken cancellationToken)
    {
        var clock = new FixedClock(new DateTimeOffset(date.ToDateTime(new TimeOnly(10, 30)), TimeSpan.FromHours(9)));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSimMarket(builder.Configuration);
        await using var app = builder.Build();
        app.MapSimQuotations();
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var market = app.Services.GetRequiredService<ISimMarket>();
        var codes = market.Listings.Where(l => l.Kind == SimListingKind.Stock && !l.Halted).Take(50).Select(l => l.Code).ToArray();

        var http = Enumerable.Range(0, clients).Select(_ => new HttpClient { BaseAddress = address }).ToArray();
        long ok = 0, failed = 0;
        async Task Worker(HttpClient client, int worker, TimeSpan duration, bool count)
        {
            var watch = Stopwatch.StartNew();
            var n = worker;
            while (watch.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var code = codes[n++ % codes.Length];
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/uapi/domestic-stock/v1/quotations/inquire-price?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD={code}");
                request.Headers.Add("tr_id", "FHKST01010100");
                using var response = await client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (count)
                {
                    Interlocked.Increment(ref response.IsSuccessStatusCode && body.Length > 1000 ? ref ok : ref failed);
                }
            }
        }

        // Warm-up: generate the day, JIT, fill the connection pools.
        await Task.WhenAll(http.SelectMany((c, i) => Enumerable.Range(0, concurrency).Select(k => Worker(c, (i * concurrency) + k, TimeSpan.FromSeconds(1), false))));
        var run = Stopwatch.StartNew();
        await Task.WhenAll(http.SelectMany((c, i) => Enumerable.Range(0, concurrency).Select(k => Worker(c, (i * concurrency) + k, TimeSpan.FromSeconds(seconds), true))));
        run.Stop();
        foreach (var c in http)
        {
            c.Dispose();
        }

        await app.StopAsync(cancellationToken);
        Console.WriteLine($"sim/rest: inquire-price on loopback, {clients} HttpClients × {concurrency} in flight, {seconds} s (quotation endpoints without the gateway, so no rate limit)");
        Console.WriteLine($"sim/rest: {ok} ok, {failed} failed, {ok / run.Elapsed.TotalSeconds:F0} req/s  [goal ≥ 5,000 req/s]");
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
