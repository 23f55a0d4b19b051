using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Clock;

/// <summary>The simulated clock at start-up (configuration section <c>Simulator:Clock</c>; flags --start, --speed, --paused).</summary>
public sealed class SimClockOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:Clock";

    /// <summary>Simulated instant at start-up, with its offset (e.g. 2026-11-23T15:25:00+09:00). Default: the wall clock's now.</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>Simulated seconds per wall second (&gt; 0, ≤ 100,000). Default 1 (real time).</summary>
    [Range(typeof(decimal), "0.000001", "100000")]
    public decimal Speed { get; set; } = 1m;

    /// <summary>Start paused (resume with POST /sim/clock/resume). Default false.</summary>
    public bool Paused { get; set; }
}
