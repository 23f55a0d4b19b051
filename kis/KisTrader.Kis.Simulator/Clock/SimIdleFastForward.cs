namespace KisTrader.Kis.Simulator.Clock;

/// <summary>
/// The optional idle fast-forward of <see cref="SimClock"/>: while the clock runs (not paused, not held) and the market
/// is quiet, it jumps to the next instant something happens instead of waiting for it (nights, weekends).
/// </summary>
/// <remarks>
/// What counts: only timers whose interval (period, or the due time a one-shot timer was armed with) is longer than
/// <see cref="ShortTimer"/>. Shorter ones — keep-alives, polls, retry and rate-limit waits — are always due soon, so
/// they neither block a fast-forward nor are a target; a jump dispatches them on the way, in order (a periodic one
/// once). Reminders and the schedule's timers are long. The jump goes to the earliest counted due instant, but never
/// past the instant the next session window opens (<see cref="QuietUntil"/>), and only when that instant is more than
/// <see cref="Horizon"/> away.
/// </remarks>
/// <param name="Horizon">Fast-forward only when nothing counted is due within this simulated span.</param>
/// <param name="ShortTimer">Timers with an interval up to this are background timers and do not count.</param>
/// <param name="QuietUntil">
/// For a simulated instant: null when a session window is open then (no fast-forward), else when the next one opens
/// (null window → <see cref="DateTimeOffset.MaxValue"/>). The silo supplies it from the KRX calendar.
/// </param>
public sealed record SimIdleFastForward(TimeSpan Horizon, TimeSpan ShortTimer, Func<DateTimeOffset, DateTimeOffset?> QuietUntil)
{
    /// <summary>Where to jump from <paramref name="now"/> given the pending timers (due, interval); null to stay.</summary>
    public DateTimeOffset? Target(DateTimeOffset now, IEnumerable<(DateTimeOffset Due, TimeSpan Interval)> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (QuietUntil(now) is not { } quietUntil)
        {
            return null;
        }

        var next = DateTimeOffset.MaxValue;
        foreach (var (due, interval) in pending)
        {
            if (interval > ShortTimer && due < next)
            {
                next = due;
            }
        }

        var target = next < quietUntil ? next : quietUntil;
        return target == DateTimeOffset.MaxValue || target - now <= Horizon ? null : target;
    }
}
