using System.Diagnostics;
using System.Globalization;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Statistics;

namespace KisTrader.Benchmarks;

/// <summary>
/// statistics: the pure performance calculator (§9 per day, ISO week, month and overall, plus the trade breakdown:
/// attribution, checkpoints, score deciles, exit paths) over N years of synthetic sessions with 5 trades each.
/// Args: [--years N] [--runs N] [--warmup N] [--seed N].
/// </summary>
internal sealed class StatisticsBenchmark : IBenchmark
{
    private static readonly TimeOnly[] Checkpoints = [new(16, 0), new(16, 30), new(17, 0), new(17, 30)];

    public string Name => "statistics";

    public string Description => "performance report (§9 + trade breakdown) over N years of synthetic sessions, 5 trades each";

    public Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var years = Arg(args, "--years", 5);
        var runs = Arg(args, "--runs", 20);
        var warmup = Arg(args, "--warmup", 3);
        var random = new Random(Arg(args, "--seed", 20261206));
        var sessions = new List<SessionFacts>();
        var trades = new List<ClosedTrade>();
        for (var date = new DateOnly(2026, 1, 5); sessions.Count < years * 250; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            sessions.Add(new SessionFacts { SessionDate = date, Budget = 10_000_000m });
            trades.AddRange(Enumerable.Range(0, 5).Select(i => Trade(date, i, random)));
        }

        var calculator = PerformanceCalculator.Default;
        PerformanceReport report = null!;
        for (var i = 0; i < warmup; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            report = calculator.Calculate(sessions, trades);
        }

        var ms = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            report = calculator.Calculate(sessions, trades);
            ms[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(ms);
        var o = report.Overall;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"statistics: {sessions.Count:N0} sessions, {trades.Count:N0} trades → {report.Days.Length:N0} days, {report.Weeks.Length} weeks, {report.Months.Length} months; overall net {o.TotalNetPnL:N0} KRW, gross move {o.Breakdown.Attribution.GrossMove:P2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"statistics: median {ms[runs / 2]:F1} ms, max {ms[^1]:F1} ms per full report ({warmup} warm-up + {runs} measured, {Environment.ProcessorCount} cores)"));
        return Task.CompletedTask;
    }

    // Close 10,000; entry 1–3% above; open and exit ±3% around; one or two sells.
    private static ClosedTrade Trade(DateOnly date, int i, Random random)
    {
        var at = new DateTimeOffset(date.ToDateTime(Checkpoints[i % 4]), TimeSpan.FromHours(9));
        var entry = 10_100m + (random.Next(0, 21) * 10m);
        var open = 9_700m + (random.Next(0, 61) * 10m);
        var exit = 9_700m + (random.Next(0, 61) * 10m);
        var reason = exit >= entry * 1.03m ? ExitReason.TakeProfit : exit <= entry * 0.97m ? ExitReason.StopLoss : ExitReason.ForcedExit;
        return ClosedTrade.FromFills(
            date,
            $"{i:000000}",
            [new Fill(OrderSide.Buy, 100, entry, at)],
            [
                new ExitFill(new Fill(OrderSide.Sell, 50, exit, at.AddHours(17)), reason == ExitReason.ForcedExit ? ExitReason.PartialTakeProfit : reason),
                new ExitFill(new Fill(OrderSide.Sell, 50, exit, at.AddHours(22)), reason),
            ],
            CostModel.Default) with { Day1Close = 10_000m, Day2Open = open, EntryCheckpoint = Checkpoints[i % 4], Score = random.Next(0, 10_001) / 100m };
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
