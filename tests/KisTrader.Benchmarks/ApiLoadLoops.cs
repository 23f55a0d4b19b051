using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace KisTrader.Benchmarks;

/// <summary>
/// api-load's two loads over a list of front ends: request <c>i</c> goes to <c>targets[i % n]</c> for path
/// <c>paths[i % m]</c>. Answered = 2xx or 404 (a symbol not yet known); a 429 counts as limited, anything else as an error.
/// </summary>
internal static class ApiLoadLoops
{
    /// <summary>The figures of one load.</summary>
    public sealed record Result(string Label, int Answered, int Limited, int Errors, double Seconds, double P50, double P99, double Max)
    {
        public double PerSecond => Answered / Seconds;

        public override string ToString() =>
            $"  {Label}: {PerSecond:F1} req/s answered ({Answered} in {Seconds:F1} s), p50 {P50:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms, limited (429) {Limited}, errors {Errors}";
    }

    /// <summary>Open loop: <paramref name="rate"/> requests a second for <paramref name="duration"/>, whatever the answers' pace.</summary>
    public static async Task<Result> OpenAsync(IReadOnlyList<HttpClient> targets, string[] paths, int rate, TimeSpan duration, string label, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < duration)
        {
            var due = (int)(clock.Elapsed.TotalSeconds * rate);
            while (sent < due)
            {
                var i = sent++;
                inFlight.Add(Task.Run(() => OneAsync(targets[i % targets.Count], paths[i % paths.Length], tally, cancellationToken), cancellationToken));
            }

            await Task.Delay(2, cancellationToken);
        }

        await Task.WhenAll(inFlight);
        return tally.Result(label + $" ({sent} requests at {rate}/s target)", clock.Elapsed.TotalSeconds);
    }

    /// <summary>Closed loop: <paramref name="concurrency"/> callers, each sending its next request when the last is answered.</summary>
    public static async Task<Result> ClosedAsync(IReadOnlyList<HttpClient> targets, string[] paths, int concurrency, TimeSpan duration, string label, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; clock.Elapsed < duration; i += concurrency)
            {
                await OneAsync(targets[i % targets.Count], paths[i % paths.Length], tally, cancellationToken);
            }
        }, cancellationToken)));
        return tally.Result(label + $" ({concurrency} concurrent callers)", clock.Elapsed.TotalSeconds);
    }

    private static async Task OneAsync(HttpClient http, string path, Tally tally, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
            {
                tally.Latencies.Enqueue(ms);
            }
            else if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Interlocked.Increment(ref tally.Limited);
            }
            else
            {
                Interlocked.Increment(ref tally.Errors);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref tally.Errors);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref tally.Errors);
        }
    }

    private sealed class Tally
    {
        public ConcurrentQueue<double> Latencies { get; } = new();

        public int Limited;

        public int Errors;

        public Result Result(string label, double seconds)
        {
            var list = Latencies.ToList();
            return new Result(label, list.Count, Limited, Errors, seconds, WebBenchHost.Percentile(list, 0.5), WebBenchHost.Percentile(list, 0.99), list.Count == 0 ? double.NaN : list.Max());
        }
    }
}
