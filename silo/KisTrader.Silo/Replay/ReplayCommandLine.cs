using System.Globalization;

namespace KisTrader.Silo.Replay;

/// <summary>The replay's flags: <c>--date yyyy-MM-dd</c>, <c>--days N</c>, <c>--seed N</c>, <c>--help</c>; <c>--Strategy:...=value</c> pass through as configuration.</summary>
internal sealed record ReplayCommandLine(DateOnly? Date, int Days, int Seed, bool Help, string? Error, string[] ConfigurationArgs)
{
    public const string Usage = """
        usage: dotnet run --project silo/KisTrader.Silo -- replay [--date yyyy-MM-dd | --days N] [--seed N] [--Strategy:<setting>=<value> ...]
          --date   the session date D to replay (a KRX trading day); default: the latest session whose after-hours phase (until 18:00 KST) is over
          --days   replay the last N completed sessions instead (1-60, default 1)
          --seed   seed of the simulated market (default 42; the KIS simulator serves the same market for the same seed)
          --Strategy:...  any strategy setting, e.g. --Strategy:Screening:Allocation:SessionBudget=20000000
        """;

    public static ReplayCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        DateOnly? date = null;
        var days = 1;
        var seed = 42;
        var passthrough = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "-h" or "--help":
                    return new(null, 1, seed, true, null, []);
                case "--date":
                    if (!DateOnly.TryParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        return Fail("--date needs a date like 2026-11-27");
                    }

                    date = d;
                    break;
                case "--days":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > 60)
                    {
                        return Fail("--days needs a whole number from 1 to 60");
                    }

                    break;
                case "--seed":
                    if (!int.TryParse(Value(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
                    {
                        return Fail("--seed needs a whole number");
                    }

                    break;
                default:
                    if (!arg.StartsWith("--Strategy:", StringComparison.OrdinalIgnoreCase))
                    {
                        return Fail($"unknown argument '{arg}'");
                    }

                    passthrough.Add(arg);
                    break;
            }
        }

        if (date is not null && days != 1)
        {
            return Fail("use either --date or --days, not both");
        }

        return new(date, days, seed, false, null, [.. passthrough]);
    }

    private static ReplayCommandLine Fail(string error) => new(null, 1, 42, false, error, []);
}
