using System.Globalization;
using System.Text.RegularExpressions;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>The parsed command line: host options, or a usage error, or a help request.</summary>
internal sealed record CommandLine(SimulatorHostOptions? Options, string? Error, bool Help);

/// <summary>
/// The executable's flags (README "Running it"), mapped onto configuration keys. Any other setting can be given as
/// <c>--Section:Key=value</c> or <c>--Section:Key value</c>. Values are checked here so a typo gets a clear message
/// before anything starts.
/// </summary>
internal static partial class SimulatorCommandLine
{
    public const string DefaultUrls = "http://127.0.0.1:9443";

    public const string Usage = """
        KisTrader KIS simulator: the KIS Open API (REST + WebSocket) over a simulated KRX market.

        Usage: KisTrader.Kis.Simulator [flags]
          --urls <urls>           listen URLs, ';'-separated (default http://127.0.0.1:9443)
          --seed <int>            market seed (default 42); same seed => same market
          --start <instant>       simulated start, ISO 8601 with offset, e.g. 2026-11-23T15:25:00+09:00 (default: now)
          --speed <x>             simulated seconds per real second, > 0 (default 1)
          --paused                start with the clock paused (POST /sim/clock/resume)
          --scenario <file.json>  load a scenario file (README "Scenario files")
          --profile real|paper    KIS domain to play: 실전 or 모의투자 (default real)
          --strict                accept only app keys configured under Simulator:Accounts:Keys
          --starting-cash <won>   cash of every new account (default 100000000)
          --no-rate-limit         switch the per-app-key REST rate limit off (benchmarks)
          --config <file.json>    extra JSON configuration (e.g. strict-mode keys)
          --<Section:Key>=<value> any other setting, e.g. --Simulator:RateLimit:RealPerWindow=20
          --help                  this text
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var options = new SimulatorHostOptions { Urls = DefaultUrls, ConsoleLogging = true };
        var settings = options.Settings;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                return new CommandLine(null, null, true);
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                return Fail($"unexpected argument '{arg}' (flags start with --; see --help)");
            }

            var (name, inline) = Split(arg[2..]);
            string? error = name switch
            {
                "paused" => Switch(settings, "Simulator:Clock:Paused", inline),
                "strict" => Switch(settings, "Simulator:Accounts:Strict", inline),
                "no-rate-limit" => inline is null ? Set(settings, "Simulator:RateLimit:Enabled", "false") : $"--no-rate-limit takes no value",
                _ => null,
            };
            if (name is "paused" or "strict" or "no-rate-limit")
            {
                if (error is not null)
                {
                    return Fail(error);
                }

                continue;
            }

            string value;
            if (inline is not null)
            {
                value = inline;
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                return Fail($"--{name} needs a value (see --help)");
            }

            error = name switch
            {
                "urls" => value.Length == 0 ? "--urls: give at least one URL, e.g. http://127.0.0.1:9443" : SetUrls(options, value),
                "seed" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                    ? Set(settings, "Market:Seed", value)
                    : $"--seed: '{value}' is not a whole number",
                "start" => CheckStart(value) ?? Set(settings, "Simulator:Clock:Start", value),
                "speed" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var speed) && speed > 0m && speed <= Clock.SimClock.MaxSpeed
                    ? Set(settings, "Simulator:Clock:Speed", value)
                    : $"--speed: '{value}' is not a number > 0 and ≤ {Clock.SimClock.MaxSpeed} (e.g. 60: one simulated minute per second)",
                "scenario" => File.Exists(value)
                    ? Set(settings, "Market:ScenarioPath", Path.GetFullPath(value))
                    : $"--scenario: file '{value}' not found",
                "profile" => value.ToLowerInvariant() is "real" or "paper"
                    ? Set(settings, "Simulator:Profile", value)
                    : $"--profile: '{value}' is neither 'real' (실전) nor 'paper' (모의투자)",
                "starting-cash" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var cash) && cash >= 0m
                    ? Set(settings, "Simulator:Accounts:StartingCash", value)
                    : $"--starting-cash: '{value}' is not an amount in won ≥ 0",
                "config" => AddConfig(options, value),
                _ when name.Contains(':', StringComparison.Ordinal) => Set(settings, name, value),
                _ => $"unknown flag --{name} (see --help; other settings as --Section:Key=value)",
            };
            if (error is not null)
            {
                return Fail(error);
            }
        }

        return new CommandLine(options, null, false);
    }

    private static CommandLine Fail(string error) => new(null, error, false);

    private static (string Name, string? Inline) Split(string flag)
    {
        var eq = flag.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (flag, null) : (flag[..eq], flag[(eq + 1)..]);
    }

    private static string? Set(IDictionary<string, string?> settings, string key, string value)
    {
        settings[key] = value;
        return null;
    }

    private static string? Switch(IDictionary<string, string?> settings, string key, string? inline) => inline switch
    {
        null => Set(settings, key, "true"),
        "true" or "false" => Set(settings, key, inline),
        _ => $"--{key}: '{inline}' is not true or false",
    };

    private static string? SetUrls(SimulatorHostOptions options, string value)
    {
        foreach (var url in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"--urls: '{url}' is not an http:// URL (e.g. http://127.0.0.1:9443)";
            }
        }

        options.Urls = value;
        return null;
    }

    private static string? CheckStart(string value) =>
        OffsetSuffix().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"--start: '{value}' needs a date, a time and an offset, e.g. 2026-11-23T15:25:00+09:00";

    private static string? AddConfig(SimulatorHostOptions options, string value)
    {
        if (!File.Exists(value))
        {
            return $"--config: file '{value}' not found";
        }

        options.ConfigFiles.Add(Path.GetFullPath(value));
        return null;
    }

    [GeneratedRegex(@"T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex OffsetSuffix();
}
