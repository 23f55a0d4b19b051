using System.Globalization;
using KisTrader.Silo.Configuration;
using KisTrader.Silo.Replay;
using KisTrader.Trading.Options;
using KisTrader.Trading.Statistics;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Configuration;

namespace KisTrader.Silo.Commands;

/// <summary>
/// The default command: the offline strategy replay. It screens one trading day of the simulator's synthetic KRX market
/// at 15:30 and walks its after-hours checkpoints with the real strategy rules, printing every decision (README "Run it").
/// Strategy settings come from appsettings.json, environment variables (Strategy__Screening__Allocation__SessionBudget=...)
/// and --Strategy:...=value arguments.
/// </summary>
internal static class ReplayCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var command = ReplayCommandLine.Parse(args);
        if (command.Help)
        {
            Console.WriteLine(CommandDispatcher.Usage);
            return 0;
        }

        if (command.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"error: {error}{Environment.NewLine}{ReplayCommandLine.Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(command.ConfigurationArgs)
            .Build();

        StrategyOptions options;
        try
        {
            options = StrategyConfiguration.Load(configuration);
        }
        catch (Exception ex) when (ex is InvalidOptionsException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }

        Console.WriteLine($"KisTrader — offline strategy replay on the simulated KRX market (seed {command.Seed}); no broker, no orders.");
        var market = new SimulatedMarketData(command.Seed);
        var replay = new StrategyReplay(options, market);
        var dates = new List<DateOnly>();
        if (command.Date is { } date)
        {
            dates.Add(date);
        }
        else
        {
            // Sessions end at 18:00 KST: "the latest session" is the last one whose after-hours phase is over.
            var until = TimeProvider.System.GetUtcNow();
            for (var i = 0; i < command.Days; i++)
            {
                var session = replay.LatestCompletedSession(until);
                dates.Insert(0, session);
                until = KrxTime.At(session, TimeOnly.MinValue);
            }
        }

        var reports = new List<ReplayReport>();
        try
        {
            foreach (var day in dates)
            {
                var report = replay.Run(day);
                reports.Add(report);
                ReplayPrinter.Print(report, Console.Out);
                Console.WriteLine();
            }
        }
        catch (ArgumentException ex)
        {
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
            await Console.Error.WriteLineAsync($"error: {message}");
            return 2;
        }

        var performance = new PerformanceCalculator(options.Performance).Calculate(
            reports.Select(r => new SessionFacts { SessionDate = r.Date, Budget = options.Screening.Allocation.SessionBudget, AdjustmentLevel = r.Screen.FinalLevel.ToString() }),
            reports.SelectMany(r => r.Positions).Where(p => p.Trade is not null).Select(p => p.Trade!));
        ReplayPrinter.PrintPerformance(performance.Overall, Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Replayed {dates.Count} session(s). The live cluster (KIS client, Orleans grains, schedule) arrives with issues 4–5."));
        return 0;
    }
}
