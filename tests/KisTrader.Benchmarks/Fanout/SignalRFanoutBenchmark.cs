using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace KisTrader.Benchmarks.Fanout;

/// <summary>
/// signalr-fanout: the one-process front end on loopback (<see cref="WebBenchHost"/>) with N SignalR clients
/// (WebSockets) spread over M alert groups (<c>--groups</c> 1–3: signals, risk, system), by default in a child process
/// (<c>--in-process</c> puts them in the server's). Alerts are published as a grain publishes them (journal, then
/// <c>events/all</c>) → the events relay → the hub's group → each client. For every rate of <c>--rates</c> (alerts/s,
/// default 1,10) for <c>--seconds</c> (30): delivery latency p50/p95/p99/max (goal p99 ≤ 100 ms, PASS/FAIL), split into
/// publish → the stream's delivery in the server (a subscriber of the benchmark beside the relay's) and → the client's
/// handler; then a burst (<c>--burst</c>, 200 alerts back to back): messages/s. Prints the load average and the GC mode
/// next to every figure: the machine is shared, a figure means little without them.
/// </summary>
internal sealed class SignalRFanoutBenchmark : IBenchmark
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(9));
    private readonly ConcurrentDictionary<long, long> _published = new();
    private readonly ConcurrentDictionary<long, long> _streamed = new();
    private readonly ConcurrentDictionary<long, int> _groupOf = new();

    public string Name => "signalr-fanout";

    public string Description => "SignalR: N clients x M groups on loopback (own process), alert delivery p50/p95/p99/max per rate (goal p99 <= 100 ms), messages/s";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var clients = FanoutArgs.Int(args, "--clients", 1000);
        var groups = Math.Clamp(FanoutArgs.Int(args, "--groups", 1), 1, FanoutClients.Groups.Length);
        var seconds = FanoutArgs.Int(args, "--seconds", 30);
        var burst = FanoutArgs.Int(args, "--burst", 200);
        var rates = FanoutArgs.Text(args, "--rates", "1,10").Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList();
        var inProcess = args.Contains("--in-process");
        Console.WriteLine($"signalr-fanout: {Environment.ProcessorCount} cores, server GC {(GCSettings.IsServerGC ? "server" : "workstation")} ({GCSettings.LatencyMode}); load average before start {WebBenchHost.LoadAverage()}");
        await using var host = await WebBenchHost.StartAsync(cancellationToken);
        var publisher = host.App.Services.GetRequiredService<TradingEventPublisher>();
        var stream = host.App.Services.GetRequiredService<IClusterClient>().GetStreamProvider(ProviderNames.Streams).GetStream<TradingEvent>(StreamIds.Events());
        var handle = await stream.SubscribeAsync((e, _) =>
        {
            _streamed.TryAdd(e.Sequence, Stopwatch.GetTimestamp());
            return Task.CompletedTask;
        });
        var started = Stopwatch.StartNew();
        await using IFanoutReceivers receivers = inProcess
            ? await LocalReceivers.StartAsync(host.BaseUrl, WebBenchHost.AdminKey, clients, groups, cancellationToken)
            : await RemoteReceivers.StartAsync(host.BaseUrl, WebBenchHost.AdminKey, clients, groups, cancellationToken);
        Console.WriteLine($"  {clients} clients x {groups} group(s) ({string.Join(", ", FanoutClients.Groups.Take(groups))}) {receivers.Where}, connected in {started.Elapsed.TotalSeconds:F1} s");
        var perGroup = Enumerable.Range(0, groups).Select(g => (long)Enumerable.Range(0, clients).Count(i => i % groups == g)).ToArray();
        await WarmUpAsync(publisher, receivers, groups, perGroup, cancellationToken);

        foreach (var rate in rates)
        {
            var count = Math.Max(1, (int)Math.Round(rate * seconds));
            await receivers.RecordAsync(true);
            var cpu = FanoutCpu.Start(receivers);
            var sent = await PaceAsync(publisher, count, groups, TimeSpan.FromSeconds(1 / rate), cancellationToken);
            var expected = sent.Sum(s => perGroup[_groupOf[s]]);
            var delivered = await WaitForAsync(receivers, sent, expected, TimeSpan.FromSeconds(180), cancellationToken);
            var used = cpu.Stop(delivered);
            var receipts = await receivers.ReceiptsAsync();
            await receivers.RecordAsync(false);
            FanoutReport.Latency(rate, count, clients, groups, delivered, expected, Ms(receipts, _published), StageMs(sent, _published, _streamed), Ms(receipts, _streamed));
            Console.WriteLine($"    {used}");
            Console.WriteLine($"    load average {WebBenchHost.LoadAverage()}");
        }

        await receivers.RecordAsync(true);
        var burstCpu = FanoutCpu.Start(receivers);
        var t0 = Stopwatch.GetTimestamp();
        var burstSent = await PaceAsync(publisher, burst, groups, TimeSpan.Zero, cancellationToken);
        var burstExpected = burstSent.Sum(s => perGroup[_groupOf[s]]);
        var burstDelivered = await WaitForAsync(receivers, burstSent, burstExpected, TimeSpan.FromSeconds(300), cancellationToken);
        var burstUsed = burstCpu.Stop(burstDelivered);
        var burstReceipts = await receivers.ReceiptsAsync();
        var seconds2 = Stopwatch.GetElapsedTime(t0, burstReceipts.Count == 0 ? t0 : burstReceipts.Max(r => r.At)).TotalSeconds;
        FanoutReport.Burst(burst, clients, burstDelivered, burstExpected, seconds2, Ms(burstReceipts, _published));
        Console.WriteLine($"    {burstUsed}");
        Console.WriteLine($"    load average at the end {WebBenchHost.LoadAverage()}");
        await handle.UnsubscribeAsync();
    }

    /// <summary>From the instants in <paramref name="from"/> to each receipt, ms.</summary>
    private static List<double> Ms(IReadOnlyList<(long Sequence, long At)> receipts, ConcurrentDictionary<long, long> from) =>
        [.. receipts.Where(r => from.ContainsKey(r.Sequence)).Select(r => Stopwatch.GetElapsedTime(from[r.Sequence], r.At).TotalMilliseconds)];

    private static List<double> StageMs(List<long> sequences, ConcurrentDictionary<long, long> from, ConcurrentDictionary<long, long> to) =>
        [.. sequences.Where(to.ContainsKey).Select(s => Stopwatch.GetElapsedTime(from[s], to[s]).TotalMilliseconds)];

    /// <summary>Publishes until every client received one alert of each group (the relay is subscribed and every connection narrowed), then warms up.</summary>
    private async Task WarmUpAsync(TradingEventPublisher publisher, IFanoutReceivers receivers, int groups, long[] perGroup, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var sequences = await PaceAsync(publisher, groups, groups, TimeSpan.Zero, cancellationToken);
            await Task.Delay(1000, cancellationToken);
            if (await receivers.DeliveredAsync(sequences) >= perGroup.Sum())
            {
                // Then 5 s at 10 alerts/s, unmeasured: the JIT's tiering and the first GCs are not what is measured.
                var warm = await PaceAsync(publisher, 50, groups, TimeSpan.FromMilliseconds(100), cancellationToken);
                await WaitForAsync(receivers, warm, warm.Sum(s => perGroup[_groupOf[s]]), TimeSpan.FromSeconds(60), cancellationToken);
                Console.WriteLine($"  relay ready and warmed up after {clock.Elapsed.TotalSeconds:F1} s");
                return;
            }
        }
    }

    /// <summary>Publishes <paramref name="count"/> alerts <paramref name="every"/> apart, round-robin over the groups; returns their sequences.</summary>
    private async Task<List<long>> PaceAsync(TradingEventPublisher publisher, int count, int groups, TimeSpan every, CancellationToken cancellationToken)
    {
        var sequences = new List<long>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (every > TimeSpan.Zero && every * i - clock.Elapsed is var wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            // The sequence is known only after the journal append: the instant is taken before the call and keyed after.
            var sent = Stopwatch.GetTimestamp();
            var sequence = (await publisher.PublishAsync(FanoutAlerts.Of(i % groups, i), At)).Sequence;
            _published[sequence] = sent;
            _groupOf[sequence] = i % groups;
            sequences.Add(sequence);
        }

        return sequences;
    }

    private static async Task<long> WaitForAsync(IFanoutReceivers receivers, List<long> sequences, long expected, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var delivered = await receivers.DeliveredAsync(sequences);
            if (delivered >= expected || clock.Elapsed > limit)
            {
                return delivered;
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
