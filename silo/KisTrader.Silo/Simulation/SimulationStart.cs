using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Simulation;

/// <summary>Where the one-process run's simulated clock starts.</summary>
public static class SimulationStart
{
    /// <summary>
    /// The last KRX trading day whose close is not after <paramref name="wallNow"/> (a session that has closed, so the
    /// simulator has its whole day), and the instant <paramref name="beforeClose"/> before that close (15:29:00 on a
    /// normal day; the shifted close on special days).
    /// </summary>
    public static (DateOnly TradingDay, DateTimeOffset Close, DateTimeOffset Start) LastTradingDay(DateTimeOffset wallNow, KrxCalendar calendar, TimeSpan beforeClose)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var date = KrxTime.DateOf(wallNow);
        for (var i = 0; i < 40; i++, date = date.AddDays(-1))
        {
            if (!calendar.IsTradingDay(date))
            {
                continue;
            }

            var close = KrxTime.ToKst(calendar.Sessions(date).RegularClose);
            if (close <= wallNow)
            {
                return (date, close, close - beforeClose);
            }
        }

        throw new InvalidOperationException($"No KRX trading day closed in the 40 days up to {KrxTime.DateOf(wallNow):yyyy-MM-dd}.");
    }
}
