using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Sessions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Benchmarks;

/// <summary>
/// signalr-fanout: the one-process front end on loopback with N SignalR clients (WebSockets, default 1,000, every
/// alert category); alerts published the way a grain publishes them (journal, then <c>events/all</c>) → the events
/// relay → the hub's group → every client. (1) latency: one alert every 100 ms (<c>--every-ms</c>) for 20 s, publish call → the client's
/// handler, p50/p99/max over every delivery (goal p99 ≤ 100 ms, PASS/FAIL); (2) throughput: a burst of alerts,
/// deliveries per second until the last client got the last one. Args: [--clients N] [--alerts N] [--every-ms N] [--burst N]. The clients run in the same process
/// as the server (one machine's cores serve both sides).
/// </summary>
internal sealed class SignalRFanoutBenchmark : IBenchmark
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(9));
    private readonly ConcurrentDictionary<long, long> _published = new();
    private readonly ConcurrentDictionary<long, int> _deliveries = new();
    private readonly ConcurrentQueue<(long Sequence, long At)> _received = new();
    private long _lastDelivery;
    private volatile bool _measure;

    public string Name => "signalr-fanout";

    public string Description => "SignalR: 1,000 clients on loopback, alert delivery p50/p99 (goal p99 <= 100 ms) and messages/s";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var clients = Arg(args, "--clients", 1000);
        var alerts = Arg(args, "--alerts", 200);
        var burst = Arg(args, "--burst", 200);
        var every = TimeSpan.FromMilliseconds(Arg(args, "--every-ms", 100));
        Console.WriteLine($"signalr-fanout: load average before start {WebBenchHost.LoadAverage()}");
        await using var host = await WebBenchHost.StartAsync(cancellationToken);
        var publisher = host.App.Services.GetRequiredService<TradingEventPublisher>();
        var connections = new List<HubConnection>();
        try
        {
            var started = Stopwatch.StartNew();
            foreach (var chunk in Enumerable.Range(0, clients).Chunk(50))
            {
                connections.AddRange(await Task.WhenAll(chunk.Select(_ => ConnectAsync(host.BaseUrl, cancellationToken))));
            }

            Console.WriteLine($"  {clients} clients connected in {started.Elapsed.TotalSeconds:F1} s");
            await WarmUpAsync(publisher, clients, cancellationToken);

            // (1) latency at 10 alerts/s
            _measure = true;
            var first = await PaceAsync(publisher, alerts, every, cancellationToken);
            var expected = (long)alerts * clients;
            await WaitForAsync(() => Delivered(first) >= expected, TimeSpan.FromSeconds(120), cancellationToken);
            var latencies = Latencies();
            var (p50, p99, max) = (WebBenchHost.Percentile(latencies, 0.50), WebBenchHost.Percentile(latencies, 0.99), latencies.Count == 0 ? double.NaN : latencies.Max());
            Console.WriteLine($"  latency: {alerts} alerts at {1000.0 / every.TotalMilliseconds:F1}/s × {clients} clients = {latencies.Count:N0} of {expected:N0} deliveries; p50 {p50:F1} ms, p99 {p99:F1} ms, max {max:F1} ms (goal p99 <= 100 ms): {(p99 <= 100 && latencies.Count == expected ? "PASS" : "FAIL")}");
            Console.WriteLine($"  load average after the latency run {WebBenchHost.LoadAverage()}");

            // (2) throughput: a burst published back to back
            _received.Clear();
            var t0 = Stopwatch.GetTimestamp();
            var burstFirst = await PaceAsync(publisher, burst, TimeSpan.Zero, cancellationToken);
            var burstExpected = (long)burst * clients;
            await WaitForAsync(() => Delivered(burstFirst) >= burstExpected, TimeSpan.FromSeconds(300), cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(t0, Interlocked.Read(ref _lastDelivery)).TotalSeconds;
            var burstLatencies = Latencies();
            Console.WriteLine($"  throughput: {burst} alerts back to back × {clients} clients = {Delivered(burstFirst):N0} deliveries in {seconds:F2} s = {Delivered(burstFirst) / seconds:N0} messages/s; p50 {WebBenchHost.Percentile(burstLatencies, 0.5):F1} ms, p99 {WebBenchHost.Percentile(burstLatencies, 0.99):F1} ms");
            Console.WriteLine($"  load average at the end {WebBenchHost.LoadAverage()}");
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Publish call → handler, ms, of every delivery recorded (the publish instants are all known by now).</summary>
    private List<double> Latencies() =>
        [.. _received.Where(r => _published.ContainsKey(r.Sequence)).Select(r => Stopwatch.GetElapsedTime(_published[r.Sequence], r.At).TotalMilliseconds)];

    private long Delivered(List<long> sequences) => sequences.Sum(s => (long)_deliveries.GetValueOrDefault(s));

    private async Task<HubConnection> ConnectAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "hubs/trading"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(WebBenchHost.AdminKey);
            })
            .Build();
        connection.On<JsonElement>("event", e =>
        {
            var now = Stopwatch.GetTimestamp();
            var sequence = e.GetProperty("sequence").GetInt64();
            _deliveries.AddOrUpdate(sequence, 1, (_, n) => n + 1);
            if (_measure)
            {
                _received.Enqueue((sequence, now));
            }

            Interlocked.Exchange(ref _lastDelivery, now);
        });
        await connection.StartAsync(cancellationToken);
        return connection;
    }

    /// <summary>Publishes until every client received one alert (the relay is subscribed and every connection joined).</summary>
    private async Task WarmUpAsync(TradingEventPublisher publisher, int clients, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var sequence = (await publisher.PublishAsync(Alert(0), At)).Sequence;
            await Task.Delay(1000, cancellationToken);
            if (_deliveries.GetValueOrDefault(sequence) >= clients)
            {
                Console.WriteLine($"  relay ready after {clock.Elapsed.TotalSeconds:F1} s");
                return;
            }
        }
    }

    /// <summary>Publishes <paramref name="count"/> alerts <paramref name="every"/> apart; returns their sequences.</summary>
    private async Task<List<long>> PaceAsync(TradingEventPublisher publisher, int count, TimeSpan every, CancellationToken cancellationToken)
    {
        var sequences = new List<long>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (every > TimeSpan.Zero)
            {
                var due = every * i;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }
            }

            // The sequence is known only after the journal append: the instant is taken before the call and keyed after.
            var sent = Stopwatch.GetTimestamp();
            var published = publisher.PublishAsync(Alert(i + 1), At);
            var sequence = (await published).Sequence;
            _published[sequence] = sent;
            sequences.Add(sequence);
        }

        return sequences;
    }

    private static SessionPhaseChanged Alert(int attempt) =>
        new(new DateOnly(2026, 11, 23), SessionPhase.Scheduled, null, attempt, SessionChangeCause.Created);

    private static async Task WaitForAsync(Func<bool> done, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!done() && clock.Elapsed < limit)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
