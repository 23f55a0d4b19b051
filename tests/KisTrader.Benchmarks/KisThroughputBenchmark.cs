using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Client;
using KisTrader.Kis.DependencyInjection;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Benchmarks;

/// <summary>
/// kis-throughput: (1) calls/s the KIS client achieves against the in-process simulator at the real profile (18 per 1 s
/// sliding window, enforced by the simulator) vs the configured limit — goal ≥ 95 % with zero EGW00201;
/// (2) p50/p99 latency the client adds over a raw HttpClient (sequential inquire-price, unthrottled simulator).
/// Args: [--calls N] (default 540: 30 s at 18/s) [--latency-calls N] (default 2000).
/// </summary>
internal sealed class KisThroughputBenchmark : IBenchmark
{
    private const string PricePath = "/uapi/domestic-stock/v1/quotations/inquire-price?FID_COND_MRKT_DIV_CODE=J&FID_INPUT_ISCD=005930";

    public string Name => "kis-throughput";

    public string Description => "KIS client: calls/s at the real profile vs the limit (goal >= 95%, zero EGW00201); added latency over raw HttpClient";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var calls = int.Parse(Arg(args, "--calls", "540"), CultureInfo.InvariantCulture);
        var latencyCalls = int.Parse(Arg(args, "--latency-calls", "2000"), CultureInfo.InvariantCulture);
        await LatencyAsync(latencyCalls, cancellationToken);
        await ThroughputAsync(calls, cancellationToken);
    }

    private static async Task ThroughputAsync(int calls, CancellationToken cancellationToken)
    {
        await using var sim = await StartSimulatorAsync(rateLimited: true, cancellationToken);
        await using var client = await ClientAsync(sim, [], cancellationToken);
        var market = client.GetRequiredService<IKisMarketData>();
        await market.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: cancellationToken); // token outside the clock
        await Task.Delay(TimeSpan.FromSeconds(1.1), cancellationToken); // let the warm-up call's permit cool down
        var limit = client.GetRequiredService<KisConnections>().Trading.Credentials.RequestsPerWindow;
        var before = await MetricsAsync(sim, cancellationToken);

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => market.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: cancellationToken)));
        var elapsed = clock.Elapsed.TotalSeconds;
        var after = await MetricsAsync(sim, cancellationToken);

        var rejected = after.RateLimited - before.RateLimited;
        // The first window's burst is free; the steady rate counts the calls after it over the whole run.
        var overall = calls / elapsed;
        var steady = (calls - limit) / elapsed;
        Console.WriteLine($"kis-throughput/rate: {calls} calls in {elapsed:F2} s at the real profile (limit {limit}/s, sliding 1 s window)");
        Console.WriteLine($"  overall {overall:F2} calls/s, steady {steady:F2} calls/s = {100 * steady / limit:F1}% of the limit (goal >= 95%)");
        Console.WriteLine($"  gateway saw {after.Calls - before.Calls} calls, EGW00201 rejections: {rejected} (goal 0)");
        Console.WriteLine($"  result: {(steady >= 0.95 * limit && rejected == 0 ? "PASS" : "FAIL")}");
    }

    private static async Task LatencyAsync(int calls, CancellationToken cancellationToken)
    {
        await using var sim = await StartSimulatorAsync(rateLimited: false, cancellationToken);
        // A budget far above what sequential calls use, so the limiter is exercised but never makes a call wait.
        await using var client = await ClientAsync(sim, new() { ["Kis:RateLimit:RequestsPerSecond"] = "100", ["Kis:RateLimit:Window"] = "00:00:00.010", ["Kis:RateLimit:SafetyMargin"] = "00:00:00" }, cancellationToken);
        var market = client.GetRequiredService<IKisMarketData>();
        var connection = client.GetRequiredService<KisConnections>().Trading;
        var token = await connection.Tokens.GetAsync(cancellationToken);
        using var raw = new HttpClient { BaseAddress = sim.BaseUrl };

        var rawTimes = new List<double>(calls);
        var clientTimes = new List<double>(calls);
        for (var i = 0; i < calls + 200; i++)
        {
            // Interleave both so drift (JIT, GC, thermal) hits them alike; the first 200 of each are warm-up.
            var t0 = Stopwatch.GetTimestamp();
            using (var request = new HttpRequestMessage(HttpMethod.Get, PricePath))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.TryAddWithoutValidation("appkey", connection.Credentials.AppKey);
                request.Headers.TryAddWithoutValidation("appsecret", connection.Credentials.AppSecret);
                request.Headers.TryAddWithoutValidation("tr_id", "FHKST01010100");
                request.Headers.TryAddWithoutValidation("custtype", "P");
                using var response = await raw.SendAsync(request, cancellationToken);
                using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                _ = document.RootElement.GetProperty("output").GetProperty("stck_prpr").GetString();
            }

            var t1 = Stopwatch.GetTimestamp();
            await market.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: cancellationToken);
            var t2 = Stopwatch.GetTimestamp();
            if (i >= 200)
            {
                rawTimes.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                clientTimes.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
            }
        }

        var (rawP50, rawP99) = (Percentile(rawTimes, 0.50), Percentile(rawTimes, 0.99));
        var (clientP50, clientP99) = (Percentile(clientTimes, 0.50), Percentile(clientTimes, 0.99));
        Console.WriteLine($"kis-throughput/latency: {calls} sequential inquire-price calls each, unthrottled simulator");
        Console.WriteLine($"  raw HttpClient (parse price only): p50 {rawP50:F3} ms, p99 {rawP99:F3} ms");
        Console.WriteLine($"  KIS client (token, permit, pipeline, envelope, typed parse): p50 {clientP50:F3} ms, p99 {clientP99:F3} ms");
        Console.WriteLine($"  added latency: p50 {clientP50 - rawP50:F3} ms, p99 {clientP99 - rawP99:F3} ms");
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static Task<SimulatorHost> StartSimulatorAsync(bool rateLimited, CancellationToken cancellationToken)
    {
        var options = new SimulatorHostOptions();
        options.Settings["Market:Seed"] = "42";
        options.Settings["Market:KospiListings"] = "200";
        options.Settings["Market:KosdaqListings"] = "200";
        options.Settings["Simulator:Profile"] = "Real";
        options.Settings["Simulator:Clock:Start"] = "2026-11-23T10:00:00+09:00";
        options.Settings["Simulator:Clock:Paused"] = "true";
        options.Settings["Simulator:RateLimit:Enabled"] = rateLimited ? "true" : "false";
        options.Settings["Simulator:RateLimit:Algorithm"] = "SlidingLog";
        return SimulatorHost.StartAsync(options, null, cancellationToken);
    }

    private static async Task<ServiceProvider> ClientAsync(SimulatorHost sim, Dictionary<string, string?> extra, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var key = "BENCH" + Guid.NewGuid().ToString("N");
        var account = await http.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{key}", UriKind.Relative), cancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["Kis:Environment"] = "Simulator",
            ["Kis:RestBaseUrl"] = sim.BaseUrl.ToString(),
            ["Kis:WebSocketBaseUrl"] = sim.WebSocketUrl.ToString(),
            ["Kis:AppKey"] = key,
            ["Kis:AppSecret"] = "BENCH-SECRET-" + key,
            ["Kis:AccountNumber"] = account.GetProperty("cano").GetString(),
        };
        foreach (var (k, v) in extra)
        {
            settings[k] = v;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddKisClient(configuration).BuildServiceProvider();
    }

    private static async Task<(long Calls, long RateLimited)> MetricsAsync(SimulatorHost sim, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        var metrics = await http.GetFromJsonAsync<JsonElement>(new Uri("/sim/metrics", UriKind.Relative), cancellationToken);
        var rest = metrics.GetProperty("rest");
        return (rest.GetProperty("calls").GetInt64(), rest.GetProperty("rateLimited").GetInt64());
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
