using KisTrader.Silo.Replay;

namespace KisTrader.Silo.Commands;

/// <summary>Picks the command from the first argument: <c>silo</c>, <c>migrate</c>, <c>help</c>, or else the replay.</summary>
internal static class CommandDispatcher
{
    public const string SiloCommandName = "silo";
    public const string MigrateCommandName = "migrate";

    public const string Usage = $"""
        usage: dotnet run --project silo/KisTrader.Silo -- [silo | migrate | help] [options]

        commands:
          (none)    offline strategy replay of the simulated KRX market (flags below); sends no order
          silo      run an Orleans silo until Ctrl+C; logs the cluster it joined (id, clustering, endpoints, storage)
          migrate   apply the Orleans and trading-journal schemas to ConnectionStrings:KisTrader and exit
                    (0 = up to date, 1 = failed); safe to run again and from several machines at once
          help      this text

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
            return ReplayCommand.RunAsync(args);
        }

        switch (args[0])
        {
            case SiloCommandName:
                return SiloCommand.RunAsync(args[1..]);
            case MigrateCommandName:
                return MigrateCommand.RunAsync(args[1..]);
            case "help":
                Console.WriteLine(Usage);
                return Task.FromResult(0);
            default:
                return ReplayCommand.RunAsync(args);
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
