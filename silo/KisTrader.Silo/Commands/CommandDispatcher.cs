using KisTrader.Silo.Replay;

namespace KisTrader.Silo.Commands;

/// <summary>Picks the command from the first argument: <c>replay</c>, <c>silo</c>, <c>migrate</c>, <c>help</c>, or else the simulator run.</summary>
internal static class CommandDispatcher
{
    public const string ReplayCommandName = "replay";
    public const string SiloCommandName = "silo";
    public const string MigrateCommandName = "migrate";

    public const string Usage = $"""
        usage: dotnet run --project silo/KisTrader.Silo -- [replay | silo | migrate | help] [options]

        commands:
          (none)    the one-process simulator run: the in-process KIS simulator and a silo on one simulated clock that starts
                    shortly before 15:30 on the last KRX trading day; the console shows the 15:30 screen (stages with broker
                    calls, level trail, ranked candidates) and the schedule keeps running until Ctrl+C
          replay    offline strategy replay of the simulated KRX market (flags below); no silo, no broker, no order
          silo      run an Orleans silo until Ctrl+C; logs the cluster it joined (id, clustering, endpoints, storage)
          migrate   apply the Orleans and trading-journal schemas to ConnectionStrings:KisTrader and exit
                    (0 = up to date, 1 = failed); safe to run again and from several machines at once
          help      this text

        {SimulationCommand.Usage}

        {SiloCommand.Usage}

        {MigrateCommand.Usage}

        replay:
        {ReplayCommandLine.Usage}
        """;

    public static Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            return SimulationCommand.RunAsync(args);
        }

        switch (args[0])
        {
            case ReplayCommandName:
                return ReplayCommand.RunAsync(args[1..]);
            case SiloCommandName:
                return SiloCommand.RunAsync(args[1..]);
            case MigrateCommandName:
                return MigrateCommand.RunAsync(args[1..]);
            case "help":
                Console.WriteLine(Usage);
                return Task.FromResult(0);
            default:
                return SimulationCommand.RunAsync(args);
        }
    }

    /// <summary>
    /// Checks that the arguments are configuration settings (<c>--Key=value</c> or <c>--Key value</c>, keys with ':' as
    /// separator) and finds <c>--help</c>. Returns the error, or null.
    /// </summary>
    public static string? CheckSettings(IReadOnlyList<string> args, out bool help)
    {
        help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                help = true;
                return null;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2 || arg.StartsWith("--=", StringComparison.Ordinal))
            {
                return $"unknown argument '{arg}' (settings are given as --Section:Key=value)";
            }

            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    return $"{arg} needs a value (--Section:Key=value)";
                }

                i++;
            }
        }

        return null;
    }
}
