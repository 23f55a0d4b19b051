using System.ComponentModel.DataAnnotations;
using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The trading clock of a silo or a client-mode front end (section <c>KisTrader:Clock</c>). With
/// <see cref="ClockSource.Simulator"/> the process runs on a simulated clock that follows the KIS simulator's
/// (<c>Simulation/SimulatorClockFollower</c>, docs/simulated-time.md "A cluster on the simulator's clock"): a silo its
/// grains, timers, reminders and KIS client, a front end its "now" and "today".
/// </summary>
public sealed class SiloClockOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = SiloHostOptions.Section + ":Clock";

    /// <summary>Wall (default) or Simulator (Simulator mode only).</summary>
    public ClockSource Source { get; set; } = ClockSource.Wall;

    /// <summary>How often (wall milliseconds) the silo reads the simulator's clock to follow a jump, a pause or a speed change. Default 200.</summary>
    [Range(20, 10_000)]
    public int SyncIntervalMilliseconds { get; set; } = 200;

    /// <summary>
    /// The difference (in wall milliseconds at the current speed) above which the silo moves its clock forward to the
    /// simulator's. Default 50 (at 120×: 6 simulated seconds).
    /// </summary>
    [Range(1, 10_000)]
    public int ToleranceMilliseconds { get; set; } = 50;

    /// <summary>How long (seconds) a starting silo waits for the simulator's clock before it gives up. Default 120.</summary>
    [Range(1, 3_600)]
    public int WaitSeconds { get; set; } = 120;

    /// <summary>
    /// Binds and validates the section alone (the front end reads it so; a silo reads it inside
    /// <see cref="SiloHostOptions.Load"/>): a misspelt key, an unknown source or a value out of range fails naming the key.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid; the failures name each one.</exception>
    public static SiloClockOptions Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SiloClockOptions();
        var failures = new List<string>();
        SiloHostOptions.Bind(failures, configuration, Section, options);
        if (failures.Count == 0)
        {
            var result = new SectionOptionsValidator<SiloClockOptions>(Section, new SiloClockOptionsValidator()).Validate(null, options);
            failures.AddRange(result.Failed ? result.Failures : []);
        }

        return failures.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(SiloClockOptions), failures);
    }
}
