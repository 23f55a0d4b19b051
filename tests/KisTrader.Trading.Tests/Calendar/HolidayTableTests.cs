using KisTrader.Trading.Calendar;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

/// <summary>
/// Every weekday closure of 2025–2027, written out here independently of <see cref="KrxHolidayTable"/> so a typo in
/// the table fails a test.
/// </summary>
public sealed class HolidayTableTests
{
    public static TheoryData<string, string, ClosedReason> Closures => new()
    {
        // 2025
        { "2025-01-01", "신정", ClosedReason.Holiday },
        { "2025-01-27", "임시공휴일", ClosedReason.Holiday },
        { "2025-01-28", "설날 연휴", ClosedReason.Holiday },
        { "2025-01-29", "설날", ClosedReason.Holiday },
        { "2025-01-30", "설날 연휴", ClosedReason.Holiday },
        { "2025-03-03", "삼일절 대체공휴일", ClosedReason.Holiday },
        { "2025-05-01", "근로자의 날", ClosedReason.Holiday },
        { "2025-05-05", "어린이날·부처님오신날", ClosedReason.Holiday },
        { "2025-05-06", "대체공휴일", ClosedReason.Holiday },
        { "2025-06-03", "제21대 대통령선거일", ClosedReason.Holiday },
        { "2025-06-06", "현충일", ClosedReason.Holiday },
        { "2025-08-15", "광복절", ClosedReason.Holiday },
        { "2025-10-03", "개천절", ClosedReason.Holiday },
        { "2025-10-06", "추석", ClosedReason.Holiday },
        { "2025-10-07", "추석 연휴", ClosedReason.Holiday },
        { "2025-10-08", "추석 대체공휴일", ClosedReason.Holiday },
        { "2025-10-09", "한글날", ClosedReason.Holiday },
        { "2025-12-25", "성탄절", ClosedReason.Holiday },
        { "2025-12-31", "연말 휴장일", ClosedReason.YearEndClosing },

        // 2026
        { "2026-01-01", "신정", ClosedReason.Holiday },
        { "2026-02-16", "설날 연휴", ClosedReason.Holiday },
        { "2026-02-17", "설날", ClosedReason.Holiday },
        { "2026-02-18", "설날 연휴", ClosedReason.Holiday },
        { "2026-03-02", "삼일절 대체공휴일", ClosedReason.Holiday },
        { "2026-05-01", "노동절", ClosedReason.Holiday },
        { "2026-05-05", "어린이날", ClosedReason.Holiday },
        { "2026-05-25", "부처님오신날 대체공휴일", ClosedReason.Holiday },
        { "2026-06-03", "제9회 전국동시지방선거일", ClosedReason.Holiday },
        { "2026-07-17", "제헌절", ClosedReason.Holiday },
        { "2026-08-17", "광복절 대체공휴일", ClosedReason.Holiday },
        { "2026-09-24", "추석 연휴", ClosedReason.Holiday },
        { "2026-09-25", "추석", ClosedReason.Holiday },
        { "2026-10-05", "개천절 대체공휴일", ClosedReason.Holiday },
        { "2026-10-09", "한글날", ClosedReason.Holiday },
        { "2026-12-25", "성탄절", ClosedReason.Holiday },
        { "2026-12-31", "연말 휴장일", ClosedReason.YearEndClosing },

        // 2027
        { "2027-01-01", "신정", ClosedReason.Holiday },
        { "2027-02-08", "설날 연휴", ClosedReason.Holiday },
        { "2027-02-09", "설날 대체공휴일", ClosedReason.Holiday },
        { "2027-03-01", "삼일절", ClosedReason.Holiday },
        { "2027-05-05", "어린이날", ClosedReason.Holiday },
        { "2027-05-13", "부처님오신날", ClosedReason.Holiday },
        { "2027-07-19", "제헌절 대체공휴일", ClosedReason.Holiday },
        { "2027-08-16", "광복절 대체공휴일", ClosedReason.Holiday },
        { "2027-09-14", "추석 연휴", ClosedReason.Holiday },
        { "2027-09-15", "추석", ClosedReason.Holiday },
        { "2027-09-16", "추석 연휴", ClosedReason.Holiday },
        { "2027-10-04", "개천절 대체공휴일", ClosedReason.Holiday },
        { "2027-10-11", "한글날 대체공휴일", ClosedReason.Holiday },
        { "2027-12-27", "성탄절 대체공휴일", ClosedReason.Holiday },
        { "2027-12-31", "연말 휴장일", ClosedReason.YearEndClosing },
    };

    [Theory]
    [MemberData(nameof(Closures))]
    public void Describe_TableHoliday_IsClosedWithItsKoreanName(string date, string name, ClosedReason reason)
    {
        var day = KrxCalendar.Default.Describe(D(date));

        Assert.False(day.IsTradingDay);
        Assert.Equal(reason, day.ClosedReason);
        Assert.Equal(name, day.Name);
        Assert.Equal(CalendarSource.BuiltIn, day.Source);
        Assert.True(day.IsConfirmed);
        Assert.False(KrxCalendar.Default.IsTradingDay(D(date)));
    }

    [Theory]
    [InlineData(2025, 19)]
    [InlineData(2026, 17)]
    [InlineData(2027, 15)]
    public void ClosedWeekdays_CoveredYear_AreExactlyTheListedClosures(int year, int count)
    {
        var expected = Closures.Select(row => D(row.Data.Item1)).Where(d => d.Year == year).ToArray();

        var closed = KrxCalendar.Default.ClosedWeekdays(year).Select(d => d.Date).ToArray();

        Assert.Equal(count, expected.Length);
        Assert.Equal(expected, closed);
    }

    [Theory]
    [InlineData(2025, 242)] // 261 weekdays − 19 closures
    [InlineData(2026, 244)] // 261 weekdays − 17 closures
    [InlineData(2027, 246)] // 261 weekdays − 15 closures
    public void CountTradingDays_WholeCoveredYear_IsWeekdaysMinusClosures(int year, int tradingDays) =>
        Assert.Equal(tradingDays, KrxCalendar.Default.CountTradingDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

    [Fact]
    public void Holidays_AreWeekdaysAscendingAndUniqueWithinTheCoveredYears()
    {
        var dates = KrxHolidayTable.Holidays.Select(h => h.Date).ToArray();

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday, $"{d} is a weekend"));
        Assert.All(dates, d => Assert.True(KrxHolidayTable.Covers(d.Year)));
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(dates.Length, dates.Distinct().Count());
        Assert.NotEmpty(KrxHolidayTable.Holidays);
        Assert.All(KrxHolidayTable.Holidays, h => Assert.False(string.IsNullOrWhiteSpace(h.EnglishName)));
    }

    [Theory]
    [InlineData("2025-11-13")]
    [InlineData("2026-11-19")]
    [InlineData("2027-11-18")]
    public void ExamDays_AreThursdayTradingDays(string date)
    {
        Assert.Contains(D(date), KrxHolidayTable.ExamDays);
        Assert.Equal(DayOfWeek.Thursday, D(date).DayOfWeek);
        Assert.True(KrxCalendar.Default.IsTradingDay(D(date)));
    }

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    [InlineData(2027, true)]
    [InlineData(2028, false)]
    public void Covers_OnlyTheTableYears(int year, bool covered) => Assert.Equal(covered, KrxHolidayTable.Covers(year));

    [Theory]
    [InlineData(2022, "2022-12-30")] // Dec 31 was a Saturday: KRX closed Friday the 30th
    [InlineData(2023, "2023-12-29")] // Dec 31 was a Sunday: KRX closed Friday the 29th
    [InlineData(2025, "2025-12-31")]
    [InlineData(2026, "2026-12-31")]
    [InlineData(2027, "2027-12-31")]
    [InlineData(2028, "2028-12-29")] // Dec 31 is a Sunday
    public void YearEndClosingDay_Dec31OrTheLastWeekdayBefore(int year, string expected) =>
        Assert.Equal(D(expected), KrxHolidayTable.YearEndClosingDay(year));
}
