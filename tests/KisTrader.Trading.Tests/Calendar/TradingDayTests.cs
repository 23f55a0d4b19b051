using KisTrader.Trading.Calendar;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

/// <summary>Trading days, weekends, next/previous and ranges with the default (built-in) calendar.</summary>
public sealed class TradingDayTests
{
    private static readonly KrxCalendar Cal = KrxCalendar.Default;

    [Theory]
    [InlineData("2026-11-21")] // Saturday
    [InlineData("2026-11-22")] // Sunday
    [InlineData("2027-05-01")] // 노동절 on a Saturday: a weekend, no substitute
    [InlineData("2026-06-06")] // 현충일 on a Saturday
    public void Describe_Weekend_ClosedForTheWeekend(string date)
    {
        var day = Cal.Describe(D(date));

        Assert.False(day.IsTradingDay);
        Assert.Equal(ClosedReason.Weekend, day.ClosedReason);
        Assert.Null(day.Name);
        Assert.True(day.IsConfirmed);
    }

    [Theory]
    [InlineData("2026-11-24")]
    [InlineData("2025-10-10")] // the Friday after the 추석 week
    [InlineData("2026-09-28")] // 추석 연휴 ended on Saturday 09-26: no substitute
    [InlineData("2025-12-30")] // 폐장일 2025
    public void Describe_OrdinaryWeekdayOfACoveredYear_TradesConfirmedByTheTable(string date)
    {
        var day = Cal.Describe(D(date));

        Assert.True(day.IsTradingDay);
        Assert.Null(day.ClosedReason);
        Assert.Null(day.Name);
        Assert.Equal(CalendarSource.BuiltIn, day.Source);
        Assert.True(day.IsConfirmed);
    }

    [Theory]
    [InlineData("2025-05-01", "근로자의 날")]
    [InlineData("2026-05-01", "노동절")]
    [InlineData("2024-05-01", "근로자의 날")] // outside the table: fixed-date rule
    [InlineData("2028-05-01", "노동절")]
    public void Describe_LaborDay_Closed(string date, string name)
    {
        var day = Cal.Describe(D(date));

        Assert.Equal(ClosedReason.Holiday, day.ClosedReason);
        Assert.Equal(name, day.Name);
    }

    [Theory]
    [InlineData("2025-12-31", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-12-31", true)]
    [InlineData("2028-12-29", false)] // Dec 31 2028 is a Sunday: the Friday before, by rule
    public void Describe_YearEndClosingDay_ClosedForYearEnd(string date, bool confirmed)
    {
        var day = Cal.Describe(D(date));

        Assert.Equal(ClosedReason.YearEndClosing, day.ClosedReason);
        Assert.Equal("연말 휴장일", day.Name);
        Assert.Equal(confirmed, day.IsConfirmed);
    }

    [Theory]
    [InlineData(2025, "2025-12-30")]
    [InlineData(2026, "2026-12-30")]
    [InlineData(2027, "2027-12-30")]
    [InlineData(2028, "2028-12-28")]
    public void LastTradingDayOfYear_IsTheDayBeforeTheYearEndClosing(int year, string expected) =>
        Assert.Equal(D(expected), Cal.LastTradingDayOfYear(year));

    [Theory]
    [InlineData(2025, "2025-01-02")]
    [InlineData(2026, "2026-01-02")]
    [InlineData(2027, "2027-01-04")] // Fri 01-01 holiday, then the weekend
    [InlineData(2028, "2028-01-03")] // Sat 01-01: Monday the 3rd
    public void FirstTradingDayOfYear_SkipsNewYearAndWeekend(int year, string expected) =>
        Assert.Equal(D(expected), Cal.FirstTradingDayOfYear(year));

    [Theory]
    [InlineData("2025-10-02", "2025-10-10")] // 추석 2025: 10-03 .. 10-09 closed (7 days)
    [InlineData("2025-10-03", "2025-10-10")] // from inside the holiday
    [InlineData("2025-01-24", "2025-01-31")] // 설 2025 with the 01-27 temporary holiday
    [InlineData("2025-12-30", "2026-01-02")] // across the year-end closing and 신정
    [InlineData("2026-02-13", "2026-02-19")] // 설 2026
    [InlineData("2026-09-23", "2026-09-28")] // 추석 2026
    [InlineData("2027-02-05", "2027-02-10")] // 설 2027 with its substitute
    [InlineData("2027-09-13", "2027-09-17")] // 추석 2027
    [InlineData("2027-12-24", "2027-12-28")] // 성탄절 substitute on Monday
    [InlineData("2026-11-24", "2026-11-25")]
    [InlineData("2026-11-20", "2026-11-23")] // Friday → Monday
    public void NextTradingDay_SkipsEveryClosedDay(string date, string expected) =>
        Assert.Equal(D(expected), Cal.NextTradingDay(D(date)));

    [Theory]
    [InlineData("2025-10-10", "2025-10-02")]
    [InlineData("2025-10-06", "2025-10-02")]
    [InlineData("2026-01-02", "2025-12-30")]
    [InlineData("2025-01-31", "2025-01-24")]
    [InlineData("2026-11-23", "2026-11-20")]
    public void PreviousTradingDay_SkipsEveryClosedDay(string date, string expected) =>
        Assert.Equal(D(expected), Cal.PreviousTradingDay(D(date)));

    [Fact]
    public void TradingDaysBetween_AcrossChuseok_ListsOnlyTradingDaysInclusive()
    {
        var days = Cal.TradingDaysBetween(D("2025-10-01"), D("2025-10-13"));

        Assert.Equal([D("2025-10-01"), D("2025-10-02"), D("2025-10-10"), D("2025-10-13")], days);
        Assert.Equal(4, Cal.CountTradingDays(D("2025-10-01"), D("2025-10-13")));
    }

    [Fact]
    public void TradingDaysBetween_SameClosedDay_IsEmpty() => Assert.Empty(Cal.TradingDaysBetween(D("2025-10-06"), D("2025-10-06")));

    [Fact]
    public void TradingDaysBetween_ReversedRange_Throws() =>
        Assert.Throws<ArgumentException>(() => Cal.TradingDaysBetween(D("2025-10-13"), D("2025-10-01")));

    [Theory]
    [InlineData("2025-10-02", 1, "2025-10-10")]
    [InlineData("2025-10-02", 3, "2025-10-14")] // 10-10, 10-13, 10-14
    [InlineData("2025-10-10", -1, "2025-10-02")]
    [InlineData("2025-10-14", -3, "2025-10-02")]
    [InlineData("2026-11-24", 0, "2026-11-24")]
    [InlineData("2025-10-06", 1, "2025-10-10")] // from a holiday
    public void AddTradingDays_CountsOnlyTradingDays(string date, int count, string expected) =>
        Assert.Equal(D(expected), Cal.AddTradingDays(D(date), count));

    [Fact]
    public void AddTradingDays_ZeroFromAHoliday_Throws() =>
        Assert.Throws<ArgumentException>(() => Cal.AddTradingDays(D("2025-10-06"), 0));

    [Theory]
    [InlineData("2028-03-01", "삼일절")]
    [InlineData("2028-07-17", "제헌절")]
    [InlineData("2028-08-15", "광복절")]
    [InlineData("2028-12-25", "성탄절")]
    [InlineData("2024-10-03", "개천절")]
    public void Describe_FixedDateHolidayOutsideTheTable_ClosedButUnconfirmed(string date, string name)
    {
        var day = Cal.Describe(D(date));

        Assert.Equal(ClosedReason.Holiday, day.ClosedReason);
        Assert.Equal(name, day.Name);
        Assert.False(day.IsConfirmed);
    }

    [Theory]
    [InlineData("2024-07-17")] // 제헌절 was not a public holiday before 2026
    [InlineData("2028-01-26")] // a lunar holiday of an uncovered year is unknown without the broker
    public void Describe_UncoveredYearWeekdayWithoutARule_TradesButUnconfirmed(string date)
    {
        var day = Cal.Describe(D(date));

        Assert.True(day.IsTradingDay);
        Assert.False(day.IsConfirmed);
    }

    [Fact]
    public void NextTradingDay_EverythingClosedByConfiguration_ThrowsInsteadOfLooping()
    {
        var cal = BuildCalendar(o => o.ExtraHolidays.AddRange(
            Enumerable.Range(0, 4000).Select(i => new ConfiguredHoliday { Date = D("2026-11-25").AddDays(i), Name = "x" })));

        Assert.Throws<InvalidOperationException>(() => cal.NextTradingDay(D("2026-11-24")));
    }
}
