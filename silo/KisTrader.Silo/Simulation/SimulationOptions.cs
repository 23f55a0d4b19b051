using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The one-process simulator run (section <c>KisTrader:Simulation</c>): where the shared simulated clock starts and which
/// synthetic market the in-process simulator plays. Everything else the simulator knows is under <c>Simulator:*</c> and
/// <c>Market:*</c> (its own settings, passed through; see kis/KisTrader.Kis.Simulator/README.md).
/// </summary>
public sealed class SimulationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "KisTrader:Simulation";

    /// <summary>
    /// The simulated instant the run starts at, ISO 8601 with an offset (e.g. <c>2026-11-23T15:29:50+09:00</c>). Default:
    /// <see cref="StartBeforeClose"/> before the close of the last KRX trading day that has closed.
    /// </summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>
    /// How long before the last trading day's close the clock starts (when <see cref="Start"/> is unset). Default 45 s
    /// (15:29:15): the screen then starts within a minute of the run's start, and the history prefetch (due from 14:30)
    /// starts at once.
    /// </summary>
    public TimeSpan StartBeforeClose { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>Largest speed the run accepts.</summary>
    public const decimal MaxSpeed = 1000m;

    /// <summary>
    /// Simulated seconds per wall second, 1 to <see cref="MaxSpeed"/> (flag <c>--speed</c>). Default
    /// <see cref="DefaultSpeed"/>: with the idle fast-forward the two days of a session (the screen, 16:00–18:00, the exit
    /// day 08:30–15:30) take about 9.5 simulated hours, under 10 minutes of wall time. Grain timers,
    /// reminders, the KIS client's waits and the rate limit (18 calls per simulated second) follow it; change it while
    /// the run goes with the simulator's <c>POST /sim/clock {"speed": 600}</c>.
    /// </summary>
    public decimal Speed { get; set; } = DefaultSpeed;

    /// <summary>The default <see cref="Speed"/>.</summary>
    public const decimal DefaultSpeed = 120m;

    /// <summary>
    /// Jump over quiet stretches (nights, weekends): when no KRX session window is open and no long timer or reminder is
    /// due within <see cref="FastForwardHorizon"/>, the clock jumps to the next one (docs/simulated-time.md). Default true
    /// (the night and the weekend between a session's two days); <c>false</c> runs every hour at the speed.
    /// </summary>
    public bool FastForward { get; set; } = true;

    /// <summary>The idle fast-forward's horizon (1 minute to 1 day). Default 10 minutes.</summary>
    public TimeSpan FastForwardHorizon { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The synthetic market's seed (<c>Market:Seed</c>): the same seed gives the same market. Default 42.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>
    /// The log level of the run's console log (<c>Logging:LogLevel:Default</c> and the KisTrader and HTTP categories):
    /// the screen itself is printed by the run, so the log shows only warnings by default. Default Warning.
    /// </summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; set; } = Microsoft.Extensions.Logging.LogLevel.Warning;

    /// <summary>Binds and validates the section; unknown keys and bad values are refused with the setting's name.</summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static SimulationOptions Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SimulationOptions();
        var failures = new List<string>();
        foreach (var child in configuration.GetSection(Section).GetChildren())
        {
            var key = $"{Section}:{child.Key}";
            var text = child.Value?.Trim() ?? "";
            switch (child.Key.ToUpperInvariant())
            {
                case "START":
                    if (text.Length == 0)
                    {
                        break;
                    }

                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) && HasOffset(text))
                    {
                        options.Start = start;
                    }
                    else
                    {
                        failures.Add($"{key} must be an ISO 8601 instant with an offset, e.g. 2026-11-23T15:29:00+09:00 (value: '{child.Value}')");
                    }

                    break;
                case "STARTBEFORECLOSE":
                    if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var lead) && lead >= TimeSpan.Zero && lead <= TimeSpan.FromHours(8))
                    {
                        options.StartBeforeClose = lead;
                    }
                    else
                    {
                        failures.Add($"{key} must be between 00:00:00 and 08:00:00 (value: '{child.Value}')");
                    }

                    break;
                case "SPEED":
                    if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var speed) && speed >= 1m && speed <= MaxSpeed)
                    {
                        options.Speed = speed;
                    }
                    else
                    {
                        failures.Add($"{key} must be a number from 1 to {MaxSpeed.ToString(CultureInfo.InvariantCulture)} (simulated seconds per wall second; value: '{child.Value}')");
                    }

                    break;
                case "FASTFORWARD":
                    if (bool.TryParse(text, out var fastForward))
                    {
                        options.FastForward = fastForward;
                    }
                    else
                    {
                        failures.Add($"{key} must be true or false (value: '{child.Value}')");
                    }

                    break;
                case "FASTFORWARDHORIZON":
                    if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var horizon) && horizon >= TimeSpan.FromMinutes(1) && horizon <= TimeSpan.FromDays(1))
                    {
                        options.FastForwardHorizon = horizon;
                    }
                    else
                    {
                        failures.Add($"{key} must be between 00:01:00 and 1.00:00:00 (value: '{child.Value}')");
                    }

                    break;
                case "SEED":
                    if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
                    {
                        options.Seed = seed;
                    }
                    else
                    {
                        failures.Add($"{key} must be a whole number (value: '{child.Value}')");
                    }

                    break;
                case "LOGLEVEL":
                    if (Enum.TryParse<Microsoft.Extensions.Logging.LogLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(text, out _))
                    {
                        options.LogLevel = level;
                    }
                    else
                    {
                        failures.Add($"{key} must be Trace, Debug, Information, Warning, Error, Critical or None (value: '{child.Value}')");
                    }

                    break;
                default:
                    failures.Add($"{key} is not a setting (settings: FastForward, FastForwardHorizon, LogLevel, Seed, Speed, Start, StartBeforeClose)");
                    break;
            }
        }

        return failures.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(SimulationOptions), failures);
    }

    // "2026-11-23T15:29:00" would be read in the machine's zone; the run must not depend on it.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');
}
