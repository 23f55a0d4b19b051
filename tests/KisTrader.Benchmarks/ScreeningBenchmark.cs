using System.Diagnostics;
using System.Globalization;
using KisTrader.Grains.Screening;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening;

namespace KisTrader.Benchmarks;

/// <summary>
/// screening (issue 5, "the 15:30 race"): the screening funnel (grains/KisTrader.Grains/Screening) against the in-process
/// simulator (seed 42, default market, clock paused just after the close), at two profiles in one run:
/// <list type="bullet">
/// <item>real — client and simulator at 18 calls per sliding 1 s window (the trading-value ranking is served);</item>
/// <item>paper — client (environment Paper) and simulator (profile Paper) at 1 call per window; the ranking and every
/// other real-only endpoint are refused by the client before any call, so every history survivor is quoted. The window
/// is scaled on both sides (default 50 ms = 1/20 s) so the run takes minutes: "wall" seconds are measured, "simulated"
/// seconds are wall ÷ scale (what the same calls take at KIS's 1 s window; the in-process round trip, not scaled,
/// is inflated by the same factor, which stands in for the real network's).</item>
/// </list>
/// Per profile: listings in → out, broker calls and seconds per stage; the calls of the critical path (from the close)
/// per TR ID as the simulator's gateway counted them; close → ranked list; EGW00201 rejections. The naive collector
/// (every listing: quote + daily chart + all minute bars + executions) runs on a third, unthrottled simulator of the
/// same market; its call count gives the ratio and its ranked list must equal each profile's. Goals (issue 5) are
/// printed PASS/FAIL: real ranked list ≤ 45 s after the close, 0 EGW00201, ≥ 15× fewer critical-path calls than naive;
/// paper ranked list before 16:00.
/// Args: [--listings N] (default 2,700 = 950 KOSPI + 1,750 KOSDAQ; split in that ratio) [--date yyyy-MM-dd]
/// (default 2026-11-23) [--prefetched] (stages 1–2 fetched on the unthrottled simulator and handed over, as a prefetch
/// before the close would; not timed) [--no-naive] [--no-paper] [--paper-window-ms N] (default 50).
/// </summary>
internal sealed class ScreeningBenchmark : IBenchmark
{
    private const decimal OrderableCash = 50_000_000m;
    private const int DefaultKospi = 950;
    private const int DefaultKosdaq = 1750;
    private static readonly TimeOnly Close = new(15, 30);
    private static readonly TimeOnly PaperDeadline = new(16, 0);
    private static readonly TimeSpan RealGoal = TimeSpan.FromSeconds(45);
    private const double RatioGoal = 15;

    private static readonly (string TrId, string Name)[] TrNames =
    [
        ("FHKUP03500100", "index chart"),
        ("FHPST01710000", "volume-rank"),
        ("FHKST01010100", "inquire-price"),
        ("FHKST03010200", "minute bars"),
        ("FHKST01010300", "inquire-ccnl"),
        ("FHKST03010100", "daily chart"),
    ];

    public string Name => "screening";

    public IReadOnlyList<string> Aliases => ["screening-funnel"];

    public string Description => "the 15:30 race: screening funnel at the real (18/s) and paper (1/s) profiles vs the naive collector; goals PASS/FAIL";

    public async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var listings = int.Parse(Arg(args, "--listings", (DefaultKospi + DefaultKosdaq).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var date = DateOnly.Parse(Arg(args, "--date", "2026-11-23"), CultureInfo.InvariantCulture);
        var prefetched = args.Contains("--prefetched");
        var naive = !args.Contains("--no-naive");
        var paper = !args.Contains("--no-paper");
        var paperWindow = TimeSpan.FromMilliseconds(int.Parse(Arg(args, "--paper-window-ms", "50"), CultureInfo.InvariantCulture));
        // The simulator's minimum is 50 per market.
        var kospi = Math.Max(50, (int)Math.Round(listings * (double)DefaultKospi / (DefaultKospi + DefaultKosdaq)));
        var kosdaq = Math.Max(50, listings - kospi);
        if (!KrxCalendar.Default.IsTradingDay(date))
        {
            throw new ArgumentException($"--date {date:yyyy-MM-dd} is not a KRX trading day.");
        }

        Console.WriteLine(FormattableString.Invariant(
            $"screening: seed 42, {kospi + kosdaq:N0} listings ({kospi:N0} KOSPI + {kosdaq:N0} KOSDAQ), {date:yyyy-MM-dd}, simulator clock paused at 15:35 KST, MaxConcurrency {new FunnelOptions().MaxConcurrency}, orderable cash {OrderableCash:N0}"));

        // The unthrottled simulator: the naive collector, and the prefetch when --prefetched.
        await using var fast = await FunnelSimulator.StartAsync(kospi, kosdaq, date, rateLimited: false, "PSbench-funnel-fast-0001", cancellationToken);

        var real = await ProfileAsync("real", fast, kospi, kosdaq, date, prefetched, paper: false, TimeSpan.FromSeconds(1), cancellationToken);
        var paperRun = paper
            ? await ProfileAsync("paper", fast, kospi, kosdaq, date, prefetched, paper: true, paperWindow, cancellationToken)
            : null;

        (int Calls, ScreeningResult Result)? reference = null;
        if (naive)
        {
            Console.WriteLine();
            Console.WriteLine("[naive] every listing: quote + daily chart + all minute bars + executions, on the unthrottled simulator (client limiter opened wide) ...");
            var before = fast.Metrics();
            var watch = Stopwatch.StartNew();
            var n = await fast.Naive().RunAsync(date, OrderableCash, cancellationToken);
            var after = fast.Metrics();
            reference = (n.Calls, n.Result);
            Console.WriteLine(FormattableString.Invariant(
                $"[naive] {n.Calls:N0} calls counted by the collector (the simulator's gateway saw {after.Calls - before.Calls:N0}), {watch.Elapsed.TotalSeconds:F1} s wall unthrottled; at 18/s it would take {n.Calls / 18.0 / 60:F1} min, at 1/s {n.Calls / 3600.0:F1} h"));
            Console.WriteLine(FormattableString.Invariant($"[naive] ranked candidates ({n.Result.Candidates.Length}) at {n.Result.FinalLevel}: {Candidates(n.Result)}"));
        }

        Console.WriteLine();
        Console.WriteLine("summary (issue 5 goals)");
        foreach (var p in new[] { real, paperRun }.OfType<ProfileResult>())
        {
            var match = reference is { } r ? (SameList(r.Result, p.Run.Result) ? "yes" : "NO") : "not run (--no-naive)";
            var ratio = reference is { } rr ? rr.Calls / (double)Math.Max(1, p.Run.CriticalPathCalls) : double.NaN;
            Console.WriteLine(FormattableString.Invariant(
                $"  [{p.Label}] close → ranked list {p.FromCloseSimulated.TotalSeconds:F1} s simulated ({p.FromClose.TotalSeconds:F1} s wall) = {Clock(p.FromCloseSimulated)} KST; {p.Run.CriticalPathCalls:N0} critical-path calls; EGW00201 {p.RateLimited}; naive ÷ critical path {(double.IsNaN(ratio) ? "n/a" : ratio.ToString("F1", CultureInfo.InvariantCulture) + "×")}; lists match: {match}"));
        }

        Console.WriteLine(Goal("real: ranked list ≤ 45 s after the close", real.FromCloseSimulated <= RealGoal, FormattableString.Invariant($"{real.FromCloseSimulated.TotalSeconds:F1} s")));
        Console.WriteLine(Goal("real: zero EGW00201 rejections", real.RateLimited == 0, real.RateLimited.ToString(CultureInfo.InvariantCulture)));
        if (reference is { } reff)
        {
            var ratio = reff.Calls / (double)Math.Max(1, real.Run.CriticalPathCalls);
            Console.WriteLine(Goal("real: ≥ 15× fewer critical-path calls than naive", ratio >= RatioGoal, FormattableString.Invariant($"{reff.Calls:N0} ÷ {real.Run.CriticalPathCalls:N0} = {ratio:F1}×")));
            Console.WriteLine(Goal("real: ranked list identical to naive", SameList(reff.Result, real.Run.Result), string.Empty));
        }

        if (paperRun is not null)
        {
            var margin = (PaperDeadline - Close) - paperRun.FromCloseSimulated;
            Console.WriteLine(Goal("paper: ranked list before 16:00", margin > TimeSpan.Zero,
                FormattableString.Invariant($"{Clock(paperRun.FromCloseSimulated)} KST ({margin.TotalSeconds:+0.0;-0.0} s margin)")));
            Console.WriteLine(Goal("paper: zero EGW00201 rejections", paperRun.RateLimited == 0, paperRun.RateLimited.ToString(CultureInfo.InvariantCulture)));
            if (reference is { } rp)
            {
                Console.WriteLine(Goal("paper: ranked list identical to naive", SameList(rp.Result, paperRun.Run.Result), string.Empty));
            }
        }
    }

    private static async Task<ProfileResult> ProfileAsync(
        string label, FunnelSimulator fast, int kospi, int kosdaq, DateOnly date, bool prefetched, bool paper, TimeSpan window, CancellationToken ct)
    {
        Console.WriteLine();
        var checkpoint = new FunnelCheckpoint { Date = date };
        if (prefetched)
        {
            var watch = Stopwatch.StartNew();
            await fast.Funnel().PrefetchAsync(checkpoint, null, null, ct);
            Console.WriteLine(FormattableString.Invariant(
                $"[{label}] prefetch (stages 1–2) on the unthrottled simulator, not counted below: {checkpoint.Stages.Sum(s => s.Calls):N0} calls, {watch.Elapsed.TotalSeconds:F1} s wall"));
        }

        await using var sim = await FunnelSimulator.StartAsync(kospi, kosdaq, date, rateLimited: true, paper, window, $"PSbench-funnel-{label}-0001", ct);
        Console.WriteLine(FormattableString.Invariant(
            $"[{label}] client environment {(paper ? "Paper" : "Simulator (real TR IDs)")}, {sim.RequestsPerWindow} call(s) per {window.TotalMilliseconds:F0} ms window (scale {sim.Scale:0.###}: simulated s = wall s ÷ {sim.Scale:0.###}); simulator profile {(paper ? "Paper" : "Real")} enforces the same (sliding log)"));
        await sim.WarmUpTokenAsync(ct);
        var start = sim.Metrics();
        var funnel = sim.Funnel();
        if (!prefetched)
        {
            await funnel.PrefetchAsync(checkpoint, null, null, ct);
            // The prefetch ends well before 15:30 in production: let its permits leave the window before the close.
            await Task.Delay(TimeSpan.FromSeconds(1.1 * sim.Scale), ct);
        }

        var atClose = sim.Metrics();
        var close = Stopwatch.StartNew();
        var run = await funnel.RunAsync(checkpoint, OrderableCash, null, null, ct);
        var fromClose = close.Elapsed;
        var end = sim.Metrics();
        var result = new ProfileResult(label, run, fromClose, sim.Scale, end.RateLimited - start.RateLimited);
        Report(result, prefetched, atClose, end, end.Calls - start.Calls);
        return result;
    }

    private static void Report(ProfileResult p, bool prefetched, RestMetrics atClose, RestMetrics end, long gatewayCalls)
    {
        var run = p.Run;
        var prefetch = run.Stages.Where(s => s.Stage <= FunnelStage.History).ToList();
        var label = p.Label;
        Console.WriteLine($"[{label}] stage              in →    out    calls  wall s  simulated s");
        foreach (var s in run.Stages)
        {
            var note = prefetched && s.Stage <= FunnelStage.History ? "  (prefetched unthrottled, not counted)"
                : s.Stage <= FunnelStage.History ? "  (before the close)" : string.Empty;
            Console.WriteLine(FormattableString.Invariant(
                $"[{label}] {(int)s.Stage} {s.Stage.ToString().ToLowerInvariant(),-12} {s.Entered,6:N0} → {s.Survivors,6:N0} {s.Calls,8:N0} {s.Elapsed.TotalSeconds,7:F1} {p.Simulated(s).TotalSeconds,12:F1}{note}"));
        }

        // The critical path per TR ID, as the simulator's gateway counted it between the close and the ranked list.
        var calls = TrNames
            .Select(t => (t.Name, Calls: end.ByTrId.GetValueOrDefault(t.TrId) - atClose.ByTrId.GetValueOrDefault(t.TrId)))
            .ToList();
        var other = (end.Calls - atClose.Calls) - calls.Sum(c => c.Calls);
        Console.WriteLine(FormattableString.Invariant(
            $"[{label}] critical path by TR (gateway count): {string.Join(" + ", calls.Where(c => c.Calls > 0).Select(c => $"{c.Calls:N0} {c.Name}"))}{(other != 0 ? $" + {other:N0} other" : string.Empty)} = {end.Calls - atClose.Calls:N0} (funnel counted {run.CriticalPathCalls:N0})"));
        if (run.Stages.FirstOrDefault(s => s.Stage == FunnelStage.Quotes) is { } quotes && run.Stages.FirstOrDefault(s => s.Stage == FunnelStage.Details) is { } details)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"[{label}] per stage: 3 quotes {quotes.Calls:N0} = 2 index + {calls[1].Calls:N0} volume-rank + {calls[2].Calls:N0} inquire-price; 4 details {details.Calls:N0} = {calls[3].Calls:N0} minute-bar pages + {calls[4].Calls:N0} inquire-ccnl"));
        }

        Console.WriteLine($"[{label}] pruned before quotes: " + string.Join(", ", run.PrunedBeforeQuotes.OrderByDescending(x => x.Value).Select(x => $"{x.Key} {x.Value:N0}")));
        Console.WriteLine(FormattableString.Invariant(
            $"[{label}] close → ranked list (stages 3–4 + the screen): {p.FromCloseSimulated.TotalSeconds:F1} s simulated, {p.FromClose.TotalSeconds:F1} s wall ⇒ ranked list at {Clock(p.FromCloseSimulated)} KST"));
        if (!prefetched)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"[{label}] prefetch before the close (stages 1–2): {prefetch.Sum(s => s.Calls):N0} calls, {prefetch.Sum(s => p.Simulated(s).TotalSeconds):F1} s simulated ({prefetch.Sum(s => s.Elapsed.TotalSeconds):F1} s wall); overall {run.BrokerCalls:N0} calls"));
        }

        var counted = prefetched ? run.CriticalPathCalls : run.BrokerCalls;
        Console.WriteLine(FormattableString.Invariant(
            $"[{label}] simulator: gateway saw {gatewayCalls:N0} calls (funnel counted {counted:N0}), EGW00201 rejections: {p.RateLimited}"));
        Console.WriteLine(FormattableString.Invariant($"[{label}] ranked candidates ({run.Result.Candidates.Length}) at {run.Result.FinalLevel}: {Candidates(run.Result)}"));
    }

    private static bool SameList(ScreeningResult expected, ScreeningResult actual) =>
        expected.FinalLevel == actual.FinalLevel
        && expected.Candidates.Select(c => (c.Rank, c.Code, c.Score)).SequenceEqual(actual.Candidates.Select(c => (c.Rank, c.Code, c.Score)))
        && expected.Candidates.Zip(actual.Candidates).All(x => x.First.Values == x.Second.Values && x.First.SubScores == x.Second.SubScores);

    private static string Candidates(ScreeningResult result) =>
        string.Join(", ", result.Candidates.Select(c => FormattableString.Invariant($"{c.Rank}. {c.Code} {c.Score:F2}")));

    private static string Clock(TimeSpan fromClose) => Close.Add(fromClose).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Goal(string goal, bool pass, string figure) =>
        $"  {(pass ? "PASS" : "FAIL")}  {goal}{(figure.Length > 0 ? ": " + figure : string.Empty)}";

    private static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    /// <summary>
    /// One profile's run. Simulated time scales only what the rate limit paces: a stage that calls the broker is
    /// wall ÷ scale; a stage without calls (the master files) and the screen's own CPU time count as measured.
    /// </summary>
    private sealed record ProfileResult(string Label, FunnelRun Run, TimeSpan FromClose, double Scale, long RateLimited)
    {
        public TimeSpan FromCloseSimulated
        {
            get
            {
                var paced = Run.Stages.Where(s => s.Stage >= FunnelStage.Quotes).Aggregate(TimeSpan.Zero, (t, s) => t + s.Elapsed);
                var unpaced = FromClose - paced;
                return paced / Scale + (unpaced > TimeSpan.Zero ? unpaced : TimeSpan.Zero);
            }
        }

        public TimeSpan Simulated(StageStats stage) => stage.Calls > 0 ? stage.Elapsed / Scale : stage.Elapsed;
    }
}
