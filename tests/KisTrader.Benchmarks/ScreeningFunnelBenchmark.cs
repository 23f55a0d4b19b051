using System.Diagnostics;
using System.Globalization;
using KisTrader.Grains.Screening;
using KisTrader.Trading.Calendar;

namespace KisTrader.Benchmarks;

/// <summary>
/// screening-funnel: the screening funnel (grains/KisTrader.Grains/Screening) against the in-process simulator (seed 42,
/// default market, clock paused just after the close) with the KIS client at the real profile (18 calls per sliding
/// 1 s window, enforced by the simulator too): per stage listings in → out, broker calls and seconds; calls and seconds
/// from the close (stages 3–4, the critical path) and overall; EGW00201 rejections seen by the simulator; the ranked
/// candidates. For comparison, the naive collector (every listing gets every read) is run on a second, unthrottled
/// simulator of the same market with the client's limiter opened wide: its call count is what the collector counted
/// (checked against the simulator's gateway count), and its ranked list must equal the funnel's.
/// Args: [--listings N] (default 2,700 = 950 KOSPI + 1,750 KOSDAQ; split in that ratio) [--date yyyy-MM-dd]
/// (default 2026-11-23) [--prefetched] (stages 1–2 fetched on the unthrottled simulator and handed over in the
/// checkpoint, as a prefetch before the close would; not timed at the real profile) [--no-naive].
/// </summary>
internal sealed class ScreeningFunnelBenchmark : IBenchmark
{
    private const decimal OrderableCash = 50_000_000m;
    private const int DefaultKospi = 950;
    private const int DefaultKosdaq = 1750;

    public string Name => "screening-funnel";

    public string Description => "screening funnel at the real profile (18/s): per-stage listings/calls/seconds, close → ranked list, EGW00201, vs the naive collector's calls";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var listings = int.Parse(Arg(args, "--listings", (DefaultKospi + DefaultKosdaq).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var date = DateOnly.Parse(Arg(args, "--date", "2026-11-23"), CultureInfo.InvariantCulture);
        var prefetched = args.Contains("--prefetched");
        var naive = !args.Contains("--no-naive");
        // The simulator's minimum is 50 per market.
        var kospi = Math.Max(50, (int)Math.Round(listings * (double)DefaultKospi / (DefaultKospi + DefaultKosdaq)));
        var kosdaq = Math.Max(50, listings - kospi);
        if (!KrxCalendar.Default.IsTradingDay(date))
        {
            throw new ArgumentException($"--date {date:yyyy-MM-dd} is not a KRX trading day.");
        }

        Console.WriteLine(FormattableString.Invariant(
            $"screening-funnel: seed 42, {kospi + kosdaq:N0} listings ({kospi:N0} KOSPI + {kosdaq:N0} KOSDAQ), {date:yyyy-MM-dd}, simulator clock paused at 15:35 KST, MaxConcurrency {new FunnelOptions().MaxConcurrency}, orderable cash {OrderableCash:N0}"));

        // The unthrottled simulator: the naive collector, and the prefetch when --prefetched.
        await using var fast = await FunnelSimulator.StartAsync(kospi, kosdaq, date, rateLimited: false, "PSbench-funnel-fast-0001", cancellationToken);
        var checkpoint = new FunnelCheckpoint { Date = date };
        if (prefetched)
        {
            var watch = Stopwatch.StartNew();
            await fast.Funnel().PrefetchAsync(checkpoint, null, null, cancellationToken);
            Console.WriteLine(FormattableString.Invariant(
                $"prefetch (stages 1–2) on the unthrottled simulator, not counted below: {checkpoint.Stages.Sum(s => s.Calls):N0} calls, {watch.Elapsed.TotalSeconds:F1} s"));
        }

        FunnelRun run;
        int limit;
        await using (var real = await FunnelSimulator.StartAsync(kospi, kosdaq, date, rateLimited: true, "PSbench-funnel-real-0001", cancellationToken))
        {
            limit = real.RequestsPerWindow;
            Console.WriteLine($"client limit {limit} calls per 1 s window (real profile); simulator enforces its real-profile limit (sliding log)");
            await real.WarmUpTokenAsync(cancellationToken);
            var before = real.Metrics();
            var funnel = real.Funnel();
            var overall = Stopwatch.StartNew();
            TimeSpan beforeClose = TimeSpan.Zero;
            if (!prefetched)
            {
                await funnel.PrefetchAsync(checkpoint, null, null, cancellationToken);
                beforeClose = overall.Elapsed;
                // The prefetch ends well before 15:30 in production: let its permits leave the window before the close.
                await Task.Delay(TimeSpan.FromSeconds(1.1), cancellationToken);
            }

            var close = Stopwatch.StartNew();
            run = await funnel.RunAsync(checkpoint, OrderableCash, null, null, cancellationToken);
            var fromClose = close.Elapsed;
            var after = real.Metrics();
            Report(run, prefetched, beforeClose, fromClose, after.Calls - before.Calls, after.RateLimited - before.RateLimited);
        }

        if (naive)
        {
            Console.WriteLine("naive collector on the unthrottled simulator (client limiter opened wide) ...");
            var before = fast.Metrics();
            var watch = Stopwatch.StartNew();
            var reference = await fast.Naive().RunAsync(date, OrderableCash, cancellationToken);
            var elapsed = watch.Elapsed;
            var after = fast.Metrics();
            var same = reference.Result.FinalLevel == run.Result.FinalLevel
                && reference.Result.Candidates.Select(c => (c.Rank, c.Code, c.Score)).SequenceEqual(run.Result.Candidates.Select(c => (c.Rank, c.Code, c.Score)));
            Console.WriteLine(FormattableString.Invariant(
                $"naive: {reference.Calls:N0} calls counted by the collector (run, not computed; the simulator's gateway saw {after.Calls - before.Calls:N0}), {elapsed.TotalSeconds:F1} s unthrottled"));
            Console.WriteLine(FormattableString.Invariant(
                $"naive: {reference.Calls / (double)Math.Max(1, run.BrokerCalls):F1}× the funnel's {run.BrokerCalls:N0} calls, {reference.Calls / (double)Math.Max(1, run.CriticalPathCalls):F1}× its {run.CriticalPathCalls:N0} critical-path calls; at {limit}/s it would take {reference.Calls / (double)limit / 60:F1} min"));
            Console.WriteLine($"naive: same ranked list and level as the funnel: {(same ? "yes" : "NO")}");
        }
    }

    private static void Report(FunnelRun run, bool prefetched, TimeSpan beforeClose, TimeSpan fromClose, long gatewayCalls, long rateLimited)
    {
        Console.WriteLine("stage              in →    out    calls  seconds");
        foreach (var s in run.Stages)
        {
            var note = prefetched && s.Stage <= FunnelStage.History ? "  (prefetched unthrottled, not counted)" : string.Empty;
            Console.WriteLine(FormattableString.Invariant(
                $"{(int)s.Stage} {s.Stage.ToString().ToLowerInvariant(),-12} {s.Entered,6:N0} → {s.Survivors,6:N0} {s.Calls,8:N0} {s.Elapsed.TotalSeconds,8:F1}{note}"));
        }

        if (run.Stages.FirstOrDefault(s => s.Stage == FunnelStage.Quotes) is { } quotes)
        {
            // Stage 3 = two index charts + the trading-value ranking + one inquire-price per listing the ranking kept.
            var quoted = run.Request.Universe.Count;
            Console.WriteLine(FormattableString.Invariant(
                $"stage 3 calls: 2 index + {quotes.Calls - 2 - quoted:N0} volume-rank + {quoted:N0} inquire-price; stage 4: minute-bar pages + 1 inquire-ccnl per survivor"));
        }

        Console.WriteLine("pruned before quotes: " + string.Join(", ", run.PrunedBeforeQuotes.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value:N0}")));
        var critical = run.Stages.Where(s => s.Stage >= FunnelStage.Quotes).ToList();
        Console.WriteLine(FormattableString.Invariant(
            $"from the close (stages 3–4): {run.CriticalPathCalls:N0} calls, stages {critical.Sum(s => s.Elapsed.TotalSeconds):F1} s; close → ranked list (incl. the screen) {fromClose.TotalSeconds:F1} s"));
        if (!prefetched)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"overall (stages 1–4): {run.BrokerCalls:N0} calls, stages {run.Stages.Sum(s => s.Elapsed.TotalSeconds):F1} s; prefetch {beforeClose.TotalSeconds:F1} s + close → ranked list {fromClose.TotalSeconds:F1} s"));
        }

        var counted = prefetched ? run.CriticalPathCalls : run.BrokerCalls;
        Console.WriteLine(FormattableString.Invariant(
            $"simulator (real profile): gateway saw {gatewayCalls:N0} calls (funnel counted {counted:N0}), EGW00201 rejections: {rateLimited}"));
        Console.WriteLine(FormattableString.Invariant($"ranked candidates ({run.Result.Candidates.Length}) at {run.Result.FinalLevel}:"));
        foreach (var c in run.Result.Candidates)
        {
            Console.WriteLine(FormattableString.Invariant($"  {c.Rank,2}. {c.Code} {c.Score:F2}  {c.Name}"));
        }
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
