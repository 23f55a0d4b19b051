using System.Collections.Immutable;

namespace KisTrader.Trading.Calendar;

// Moving between trading days (the rest of the type is in KrxCalendar.cs).
public sealed partial class KrxCalendar
{
    // A guard against a configuration that closes every day: no real calendar has a ten-year closure.
    private const int MaxSearchDays = 3660;

    /// <summary>The first trading day strictly after <paramref name="date"/> (D+1 of session D).</summary>
    public DateOnly NextTradingDay(DateOnly date) => Search(date, 1);

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousTradingDay(DateOnly date) => Search(date, -1);

    /// <summary>
    /// The trading day <paramref name="count"/> trading days after (positive) or before (negative) <paramref name="date"/>;
    /// zero returns the date itself when it trades, else throws.
    /// </summary>
    public DateOnly AddTradingDays(DateOnly date, int count)
    {
        if (count == 0)
        {
            return IsTradingDay(date) ? date : throw new ArgumentException($"{date:yyyy-MM-dd} is not a trading day", nameof(date));
        }

        var step = Math.Sign(count);
        var day = date;
        for (var i = 0; i < Math.Abs(count); i++)
        {
            day = Search(day, step);
        }

        return day;
    }

    /// <summary>The trading days from <paramref name="from"/> to <paramref name="to"/>, both inclusive, ascending.</summary>
    public ImmutableArray<DateOnly> TradingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"the range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})", nameof(to));
        }

        var builder = ImmutableArray.CreateBuilder<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsTradingDay(day))
            {
                builder.Add(day);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>How many trading days lie from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public int CountTradingDays(DateOnly from, DateOnly to) => TradingDaysBetween(from, to).Length;

    /// <summary>The first trading day of <paramref name="year"/> (its open is late: the 개장식).</summary>
    public DateOnly FirstTradingDayOfYear(int year)
    {
        var jan1 = new DateOnly(year, 1, 1);
        return IsTradingDay(jan1) ? jan1 : NextTradingDay(jan1);
    }

    /// <summary>The last trading day of <paramref name="year"/> (폐장일: the day before the year-end closing).</summary>
    public DateOnly LastTradingDayOfYear(int year)
    {
        var dec31 = new DateOnly(year, 12, 31);
        return IsTradingDay(dec31) ? dec31 : PreviousTradingDay(dec31);
    }

    /// <summary>Every weekday of <paramref name="year"/> on which KRX is closed, ascending, with its reason.</summary>
    public ImmutableArray<CalendarDay> ClosedWeekdays(int year)
    {
        var builder = ImmutableArray.CreateBuilder<CalendarDay>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var described = Describe(day);
            if (!described.IsTradingDay && described.ClosedReason != ClosedReason.Weekend)
            {
                builder.Add(described);
            }
        }

        return builder.ToImmutable();
    }

    private DateOnly Search(DateOnly date, int step)
    {
        var day = date;
        for (var i = 0; i < MaxSearchDays; i++)
        {
            day = day.AddDays(step);
            if (IsTradingDay(day))
            {
                return day;
            }
        }

        throw new InvalidOperationException($"no KRX trading day within {MaxSearchDays} days of {date:yyyy-MM-dd}");
    }
}
