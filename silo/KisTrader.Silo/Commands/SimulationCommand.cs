using KisTrader.Silo.Simulation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Commands;

/// <summary>
/// The default command: the one-process simulator run (<see cref="SimulationRun"/>) until Ctrl+C. Exit codes: 0 stopped
/// with Ctrl+C, 1 the run failed, 2 an invalid setting (the message names it).
/// </summary>
internal static class SimulationCommand
{
    public const string Usage = """
        (no command) [--speed <x>] [--start <instant>] [--KisTrader:Simulation:<setting>=<value> ...] [--Market:<setting>=<value> ...] [--<Section:Key>=<value> ...]
          the in-process KIS simulator and an Orleans silo on one simulated clock that starts shortly before 15:30 KST on the
          last KRX trading day; the schedule prefetches the history and runs the 15:30 screen, and the console shows it
          --speed <x>                                         simulated seconds per wall second, 1 to 1000 (default 120: the two days in under 10 minutes)
          --start <instant>                                   the clock's start, e.g. 2026-11-23T15:29:00+09:00 (default: 45 s before the last close)
          --KisTrader:Simulation:FastForward=false            do not jump over nights and weekends (default true: jumps when nothing is due within FastForwardHorizon, default 00:10:00)
          --KisTrader:Simulation:Start=<instant>              the same as --start
          --KisTrader:Simulation:StartBeforeClose=<time>      default 00:00:45 (when Start is unset)
          --KisTrader:Simulation:Seed=<int>                   the synthetic market's seed, default 42
          --KisTrader:Simulation:LogLevel=<level>             the console log's level, default Warning (the screen is printed anyway)
          --Market:KospiListings=<n> --Market:KosdaqListings=<n>   a smaller market (default 950 + 1750)
          --Simulator:<...>                                   any simulator setting (kis/KisTrader.Kis.Simulator/README.md)
          the silo settings below apply too (ports, storage, ConnectionStrings:KisTrader for a durable run)
          exit codes: 0 stopped with Ctrl+C, 1 the run failed, 2 an invalid setting (the message names it)
        """;

    private static readonly string[] ReplayFlags = ["--date", "--days", "--seed"];

    /// <summary>The short flags of the run and the settings they stand for.</summary>
    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal)
    {
        ["--speed"] = "--KisTrader:Simulation:Speed",
        ["--start"] = "--KisTrader:Simulation:Start",
    };

    /// <summary><c>--speed 60</c>, <c>--speed=60</c> → <c>--KisTrader:Simulation:Speed=60</c> (the settings validate the values).</summary>
    internal static string[] ShortFlags(string[] args) =>
        [.. args.Select(arg =>
        {
            var name = arg.Split('=', 2)[0];
            return Short.TryGetValue(name, out var setting) ? setting + arg[name.Length..] : arg;
        })];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length > 0 && ReplayFlags.Contains(args[0], StringComparer.Ordinal))
        {
            await Console.Error.WriteLineAsync($"error: {args[0]} is a flag of the offline replay, now the replay command: dotnet run --project silo/KisTrader.Silo -- replay {string.Join(' ', args)}");
            return 2;
        }

        args = ShortFlags(args);
        if (CommandDispatcher.CheckSettings(args, out var help) is { } error)
        {
            await Console.Error.WriteLineAsync($"error: {error}{Environment.NewLine}usage: {Usage}");
            return 2;
        }

        if (help)
        {
            Console.WriteLine(CommandDispatcher.Usage);
            return 0;
        }

        SimulationRun run;
        try
        {
            run = await SimulationRun.StartAsync(args, null, Console.Out);
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"error: invalid settings:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", e.Failures)}");
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"error: the simulator run did not start: {e.GetType().Name}: {e.Message}");
            return 1;
        }

        await using (run)
        {
            try
            {
                await run.Host.WaitForShutdownAsync();
                return 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"error: the simulator run stopped: {e.GetType().Name}: {e.Message}");
                return 1;
            }
        }
    }
}
