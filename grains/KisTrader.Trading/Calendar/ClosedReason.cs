namespace KisTrader.Trading.Calendar;

/// <summary>Why KRX is closed on a date.</summary>
public enum ClosedReason
{
    /// <summary>Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A public holiday, substitute holiday, election day, temporary holiday or Labor Day (named in <see cref="CalendarDay.Name"/>).</summary>
    Holiday,

    /// <summary>The year-end closing day (연말 휴장일): Dec 31, or the last weekday before it when it falls on a weekend.</summary>
    YearEndClosing,

    /// <summary>The broker's holiday service (KIS chk-holiday, 개장일 = N) said the market is closed.</summary>
    Broker,

    /// <summary>An extra holiday from configuration (<c>Strategy:Calendar:ExtraHolidays</c>).</summary>
    Configured,
}
