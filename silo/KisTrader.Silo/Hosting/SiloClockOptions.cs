using System.ComponentModel.DataAnnotations;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The silo's trading clock (section <c>KisTrader:Clock</c>). With <see cref="ClockSource.Simulator"/> the silo runs its
/// grains, timers, reminders and KIS client on a simulated clock that follows the KIS simulator's
/// (<c>Simulation/SimulatorClockFollower</c>, docs/simulated-time.md "A cluster on the simulator's clock").
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
}
