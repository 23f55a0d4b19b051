using KisTrader.Kis.Simulator.Clock;

namespace KisTrader.Kis.Simulator.Control;

/// <summary>GET /sim/clock.</summary>
/// <param name="Now">Simulated now, ISO 8601 in KST.</param>
/// <param name="Kst">Simulated now as "yyyy-MM-dd HH:mm:ss" KST.</param>
/// <param name="Speed">Simulated seconds per wall second (null when the clock is an external TimeProvider).</param>
/// <param name="Paused">Whether the clock stands still (null when external).</param>
/// <param name="Controllable">False when the host runs on a caller's TimeProvider that is not a SimClock.</param>
internal sealed record ClockView(string Now, string Kst, decimal? Speed, bool? Paused, bool Controllable)
{
    public static ClockView Of(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var sim = clock as SimClock;
        return new ClockView(Clock.Kst.FormatIso(now), Clock.Kst.FormatDateTime(now), sim?.Speed, sim?.IsPaused, sim is not null);
    }
}

/// <summary>
/// POST /sim/clock: every field optional, applied in this order: <c>to</c> (jump to an instant) or <c>advance</c>
/// ("hh:mm:ss" or "d.hh:mm:ss" forward), then <c>speed</c>, then <c>paused</c>.
/// </summary>
internal sealed record ClockChange(DateTimeOffset? To, TimeSpan? Advance, decimal? Speed, bool? Paused);
