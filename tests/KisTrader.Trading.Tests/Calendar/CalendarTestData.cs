using System.Globalization;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Tests.CalendarTests;

internal static class CalendarTestData
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Kst(string isoDate, int hour, int minute, int second = 0) =>
        KrxTime.At(D(isoDate), new TimeOnly(hour, minute, second));

    public static KrxCalendar BuildCalendar(Action<CalendarOptions>? configure = null)
    {
        var options = new CalendarOptions();
        configure?.Invoke(options);
        return new KrxCalendar(options);
    }
}
