using System.Diagnostics;
using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Time;
using KisTrader.Grains.Realtime;

namespace KisTrader.Benchmarks;

/// <summary>
/// tick-to-order (issue 10): one in-process silo with the real position and order grains, the KIS client and the
/// in-process simulator (<see cref="TickToOrderRig"/>). N positions are bought for real on Day 1 after hours
/// (2026-11-23), then both clocks are fixed at Day 2 10:00 KST (the morning window) and every position is woken (what
/// its 5-minute reminder does) so it follows its symbol grain. Ticks are posted to the silo's
/// <see cref="ITickDispatcher"/>, exactly what the market-data pump (TickPump) does with each event the KIS client reads:
/// dispatcher → SymbolGrain → PositionGrain, the production decision path (the pump's relay to <c>ticks/&lt;code&gt;</c>
/// for the web is not on it).
/// <list type="number">
/// <item>throughput: P publishers send trades between −1 % and +2 % of each average (no rule fires) for S seconds, then
/// a marker price per symbol; ticks/s = ticks ÷ (first publish → every position has seen its marker). A publisher
/// waits while more than <c>--max-pending</c> (20,000) ticks are not yet taken by the symbol grains, so the figure is
/// what the silo sustains, not what a queue absorbs;</item>
/// <item>latency: while a background of B ticks/s flows, a +6 % trade (take profit) is published on each symbol in
/// turn; latency = its publication → the sell handed to <c>IKisTrading.PlaceCashOrderAsync</c> (the
/// <c>KisTrader.Orders</c> meter). The client's call (rate-limit wait + POST) is reported apart.</item>
/// </list>
/// Goals on 2 cores: ≥ 50,000 ticks/s, p99 ≤ 5 ms. Args: [--positions N] (200) [--seconds S] (15) [--publishers P] (1, as the pump is one reader)
/// [--background B] (5000) [--exit-gap-ms G] (50) [--max-pending Q] (20000).
/// </summary>
internal sealed class TickToOrderBenchmark : IBenchmark
{
    private const double ThroughputGoal = 50_000;
    private const double LatencyGoalMs = 5;
    private static readonly DateOnly EntryDate = new(2026, 11, 23);
    private long _sequence;

    public string Name => "tick-to-order";

    public string Description => "ticks/s through the tick dispatcher → symbol → position decisions, and tick → exit order handed to the KIS client p50/p99; goals PASS/FAIL";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = Arg(args, "--positions", 200);
        var seconds = Arg(args, "--seconds", 15);
        var publishers = Arg(args, "--publishers", 1);
        var background = Arg(args, "--background", 5000);
        var exitGap = TimeSpan.FromMilliseconds(Arg(args, "--exit-gap-ms", 50));
        var maxPending = Arg(args, "--max-pending", 20_000);
        var exitDate = KrxCalendar.Default.NextTradingDay(EntryDate);
        var at = KrxTime.At(exitDate, new TimeOnly(10, 0));
        Console.WriteLine(FormattableString.Invariant(
            $"tick-to-order: {count} positions, entry {EntryDate:yyyy-MM-dd} after hours, exit day clocks fixed at {at:yyyy-MM-dd HH:mm} KST; {Environment.ProcessorCount} cores; load average {LoadAverage()}"));

        var setup = Stopwatch.StartNew();
        await using var rig = await TickToOrderRig.StartAsync(EntryDate, Math.Max(200, count), cancellationToken);
        var listings = await rig.ListingsAsync(count, cancellationToken);
        var open = await rig.OpenAsync(listings, cancellationToken);
        Console.WriteLine(FormattableString.Invariant(
            $"tick-to-order: set-up {setup.Elapsed.TotalSeconds:F0} s: {open.Count} of {listings.Count} positions bought on the simulator (07 orders, after-hours auctions)"));
        if (open.Count == 0)
        {
            Console.WriteLine("  FAIL  no position opened; nothing to measure");
            return;
        }

        rig.MoveTo(at);
        var dispatcher = rig.Dispatcher;
        var streams = open.Select(o => (o.Code, o.Average, Stream: dispatcher)).ToList();
        await Task.WhenAll(open.Select(o => rig.Position(o.Code).AsReference<IRemindable>().ReceiveReminder("position-wake", default)));
        foreach (var s in streams)
        {
            await Publish(s.Stream, s.Code, Price(s.Average, 1.00m), at);
        }

        await SeenAsync(rig, streams.Select(s => (s.Code, Price(s.Average, 1.00m))), TimeSpan.FromSeconds(60));

        // 1. Throughput.
        var total = 0L;
        var watch = Stopwatch.StartNew();
        var run = TimeSpan.FromSeconds(seconds);
        var parts = Enumerable.Range(0, publishers).Select(p => streams.Where((_, i) => i % publishers == p).ToList()).Where(p => p.Count > 0).ToList();
        var sent = await Task.WhenAll(parts.Select(part => Task.Run(async () =>
        {
            var n = 0L;
            var factors = new[] { 0.99m, 1.00m, 1.01m, 1.02m };
            while (watch.Elapsed < run && !cancellationToken.IsCancellationRequested)
            {
                foreach (var s in part)
                {
                    await Publish(s.Stream, s.Code, Price(s.Average, factors[n % factors.Length]), at);
                    n++;
                }

                while (dispatcher.Pending > maxPending && watch.Elapsed < run)
                {
                    await Task.Delay(1, CancellationToken.None);
                }
            }

            foreach (var s in part)
            {
                await Publish(s.Stream, s.Code, Price(s.Average, 1.03m), at);
                n++;
            }

            return n;
        }, cancellationToken)));
        total = sent.Sum();
        var published = watch.Elapsed;
        var drained = await SeenAsync(rig, streams.Select(s => (s.Code, Price(s.Average, 1.03m))), TimeSpan.FromSeconds(600));
        var elapsed = watch.Elapsed;
        var rate = total / elapsed.TotalSeconds;
        var calls = dispatcher.Calls;
        Console.WriteLine(FormattableString.Invariant(
            $"tick-to-order: throughput {total:N0} ticks on {streams.Count} streams by {parts.Count} publishers: published in {published.TotalSeconds:F1} s ({total / published.TotalSeconds:N0}/s), all seen by the positions after {elapsed.TotalSeconds:F1} s{(drained ? string.Empty : " (NOT all seen: timed out)")} → {rate:N0} ticks/s; {calls:N0} symbol-grain calls so far ({dispatcher.Delivered / (double)Math.Max(1, calls):F1} ticks per call), {dispatcher.Dropped:N0} dropped; load average {LoadAverage()}"));

        // 2. Latency.
        using var probe = new SubmissionProbe();
        using var stop = new CancellationTokenSource();
        var backgroundSent = 0L;
        var noise = Task.Run(async () =>
        {
            var pace = Stopwatch.StartNew();
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                while (backgroundSent < pace.Elapsed.TotalSeconds * background)
                {
                    var s = streams[i++ % streams.Count];
                    await Publish(s.Stream, s.Code, Price(s.Average, i % 2 == 0 ? 1.00m : 1.01m), at);
                    backgroundSent++;
                }

                await Task.Delay(5, CancellationToken.None);
            }
        }, CancellationToken.None);
        var triggered = new List<(string Code, long At)>();
        var exits = Stopwatch.StartNew();
        foreach (var (s, i) in streams.Select((s, i) => (s, i)))
        {
            var due = exitGap * i;
            if (due > exits.Elapsed)
            {
                await Task.Delay(due - exits.Elapsed, cancellationToken);
            }

            var t0 = Stopwatch.GetTimestamp();
            await Publish(s.Stream, s.Code, Price(s.Average, 1.06m), at);
            triggered.Add((s.Code, t0));
        }

        var wait = Stopwatch.StartNew();
        while (probe.Sells < triggered.Count && wait.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50, cancellationToken);
        }

        await stop.CancelAsync();
        await noise;
        var backgroundRate = backgroundSent / exits.Elapsed.TotalSeconds;
        var latencies = triggered.Select(t => probe.HandedAt(t.Code) is { } h ? Stopwatch.GetElapsedTime(t.At, h).TotalMilliseconds : double.NaN).ToList();
        var measured = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
        var placements = probe.Placements().Order().ToArray();
        Console.WriteLine(FormattableString.Invariant(
            $"tick-to-order: latency over {measured.Length} of {triggered.Count} exits (one +6 % trade every {exitGap.TotalMilliseconds:F0} ms, background {backgroundRate:N0} ticks/s; load average {LoadAverage()}): tick posted → sell handed to the KIS client p50 {P(measured, 0.50):F2} ms, p99 {P(measured, 0.99):F2} ms, max {P(measured, 1):F2} ms"));
        Console.WriteLine(FormattableString.Invariant(
            $"tick-to-order: reported apart, the client's PlaceCashOrderAsync (rate-limit wait + POST to the simulator + answer) over {placements.Length} sells: p50 {P(placements, 0.50):F2} ms, p99 {P(placements, 0.99):F2} ms, max {P(placements, 1):F2} ms"));
        Console.WriteLine();
        Console.WriteLine("summary (issue 10 goals)");
        Console.WriteLine(Goal("≥ 50,000 ticks/s through the tick path → position decisions", drained && rate >= ThroughputGoal, FormattableString.Invariant($"{rate:N0} ticks/s")));
        Console.WriteLine(Goal("p99 tick → exit order handed to the client ≤ 5 ms", measured.Length == triggered.Count && P(measured, 0.99) <= LatencyGoalMs,
            FormattableString.Invariant($"{P(measured, 0.99):F2} ms{(measured.Length < triggered.Count ? $" ({triggered.Count - measured.Length} exits not seen)" : string.Empty)}")));
    }

    private static decimal Price(decimal average, decimal factor) => PriceGrid.Default.RoundDown(average * factor);

    /// <summary>What TickPump does with each event the KIS client reads: post it to the silo's dispatcher (never waits).</summary>
    private Task Publish(ITickDispatcher dispatcher, string code, decimal price, DateTimeOffset at)
    {
        var tick = new MarketTick(DateOnly.FromDateTime(at.DateTime), price, 0, 0, price, price, price, 1, 1, price, 100, price, price, "1", string.Empty, false);
        dispatcher.Post(new MarketDataEvent(code, MarketDataKinds.Trades, "H0STCNT0", at, at, Interlocked.Increment(ref _sequence), tick, null));
        return Task.CompletedTask;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>Waits until every position's last price is its expected one; false on timeout.</summary>
    private static async Task<bool> SeenAsync(TickToOrderRig rig, IEnumerable<(string Code, decimal Price)> expected, TimeSpan timeout)
    {
        var pending = expected.ToList();
        var watch = Stopwatch.StartNew();
        while (pending.Count > 0 && watch.Elapsed < timeout)
        {
            var views = await Task.WhenAll(pending.Select(async e => (e, View: await rig.Position(e.Code).GetAsync())));
            pending = [.. views.Where(v => v.View.LastPrice != v.e.Price).Select(v => v.e)];
            if (pending.Count > 0)
            {
                await Task.Delay(20);
            }
        }

        return pending.Count == 0;
    }

    private static double P(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Goal(string goal, bool pass, string figure) =>
        $"  {(pass ? "PASS" : "FAIL")}  {goal}{(figure.Length > 0 ? ": " + figure : string.Empty)}";

    private static int Arg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
