using System.Diagnostics;
using System.Globalization;
using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Benchmarks;

/// <summary>
/// screen-cpu: the pure screening pipeline (base filters, six features from raw minute bars and history, scoring,
/// level ladder with the adjustment trail, selection, allocation) over a synthetic close of 3,000 listings, for a quiet
/// day (relaxes to relax 3), a normal day (base) and a hot day (tightens to tighten 2): together every level is tried.
/// Args: [--count N] [--runs N] [--warmup N] [--seed N].
/// </summary>
internal sealed class ScreenCpuBenchmark : IBenchmark
{
    public string Name => "screen-cpu";

    public string Description => "screening pipeline CPU and allocations over 3,000 synthetic listings (quiet, normal, hot day)";

    public Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = Arg(args, "--count", 3_000);
        var runs = Arg(args, "--runs", 30);
        var warmup = Arg(args, "--warmup", 5);
        var seed = Arg(args, "--seed", 20261129);
        var screener = new Screener(new ScreeningOptions());
        var tried = new HashSet<ScreeningLevel>();
        Console.WriteLine($"screen-cpu: {count:N0} listings per day, {warmup} warm-up + {runs} measured screens per day, seed {seed}, {Environment.ProcessorCount} cores");
        foreach (var mood in Enum.GetValues<MarketMood>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inputs = SyntheticMarket.Generate(count, mood, seed);
            var request = new ScreeningRequest(inputs, 100_000_000m);
            ScreeningResult result = null!;
            for (var i = 0; i < warmup; i++)
            {
                result = screener.Screen(request);
            }

            var ms = new double[runs];
            var bytes = new long[runs];
            for (var i = 0; i < runs; i++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                result = screener.Screen(request);
                watch.Stop();
                bytes[i] = GC.GetAllocatedBytesForCurrentThread() - allocated;
                ms[i] = watch.Elapsed.TotalMilliseconds;
            }

            Report(mood, count, result, ms, bytes);
            tried.UnionWith(result.Attempts.Select(a => a.Level));
        }

        var missing = ScreeningLevels.All.Where(l => !tried.Contains(l)).ToList();
        Console.WriteLine(missing.Count == 0
            ? "screen-cpu: all six levels were tried across the three days"
            : $"screen-cpu: WARNING levels never tried: {string.Join(", ", missing)}");
        return Task.CompletedTask;
    }

    private static void Report(MarketMood mood, int count, ScreeningResult r, double[] ms, long[] bytes)
    {
        Array.Sort(ms);
        Array.Sort(bytes);
        var name = mood.ToString().ToLowerInvariant();
        var complete = r.Evaluations.Count(e => e.Score is not null);
        var byLevel = ScreeningLevels.All.Select(l => $"{l} {r.Evaluations.Count(e => e.StrictestLevel == l)}");
        var trail = string.Join(" → ", r.Attempts.Select(a => $"{a.Level} {a.Passed}{(a.Kept ? " (kept)" : "")}"));
        Console.WriteLine($"screen-cpu/{name}: {count:N0} listings: {r.Exclusions.Length:N0} excluded by base filters, {r.Evaluations.Length:N0} evaluated ({complete:N0} with all six features)");
        Console.WriteLine($"screen-cpu/{name}: strictest passing level: {string.Join(", ", byLevel)}, none {r.Evaluations.Count(e => e.StrictestLevel is null):N0}");
        Console.WriteLine($"screen-cpu/{name}: trail {trail}; {r.Candidates.Length} candidates, {r.Selection.Selected.Length} selected, {r.Selection.Backups.Length} backups");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"screen-cpu/{name}: median {Percentile(ms, 0.5):F2} ms, p95 {Percentile(ms, 0.95):F2} ms per screen; allocated median {Percentile(bytes, 0.5) / 1024.0:F0} KB, p95 {Percentile(bytes, 0.95) / 1024.0:F0} KB per screen"));
    }

    private static T Percentile<T>(T[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
