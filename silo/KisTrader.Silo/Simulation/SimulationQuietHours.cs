using KisTrader.Kis.Simulator.Clock;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// When the market is quiet for the idle fast-forward: a session window is a KRX trading day from its pre-open to the end
/// of its after-hours session (08:30–18:00 on a normal day; shifted on special days), from the KRX calendar.
/// </summary>
public static class SimulationQuietHours
{
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

            if (now < today.AfterHoursEnd)
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
