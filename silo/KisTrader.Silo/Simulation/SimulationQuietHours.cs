using KisTrader.Kis.Simulator.Clock;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// When the market is quiet for the idle fast-forward: a session window is a KRX trading day from its pre-open to the end
/// of its after-hours session plus <see cref="WindowTail"/> (08:30–18:10 on a normal day; shifted on special days), from
/// the KRX calendar.
/// </summary>
public static class SimulationQuietHours
{
    /// <summary>
    /// How long a window stays open after the after-hours end: the schedule's reconciliation checkpoint at the end + 5 min
    /// (18:05) is driven by its 1-minute reminder, a background timer for the fast-forward; a jump from 18:00 ran it only
    /// at the next morning's pre-open.
    /// </summary>
    public static readonly TimeSpan WindowTail = TimeSpan.FromMinutes(10);

    /// <summary>Null while a session window is open at <paramref name="now"/>; else the instant the next one opens.</summary>
    public static DateTimeOffset? QuietUntil(KrxCalendar calendar, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var date = KrxTime.DateOf(now);
        if (calendar.IsTradingDay(date))
        {
            var today = calendar.Sessions(date);
            if (now < today.PreOpenStart)
            {
                return today.PreOpenStart;
            }

            if (now < today.AfterHoursEnd + WindowTail)
            {
                return null;
            }
        }

        return calendar.Sessions(calendar.NextTradingDay(date)).PreOpenStart;
    }

    /// <summary>The run's idle fast-forward: horizon as configured, timers up to a minute are background timers.</summary>
    public static SimIdleFastForward FastForward(KrxCalendar calendar, TimeSpan horizon) =>
        new(horizon, TimeSpan.FromMinutes(1), now => QuietUntil(calendar, now));
}
