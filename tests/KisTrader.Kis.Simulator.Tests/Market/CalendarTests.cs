using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Calendar;

namespace KisTrader.Kis.Simulator.Tests.Market;

public sealed class CalendarTests
{
    private static readonly SimCalendar Calendar = new(new DateOnly(2024, 1, 2), 4);

    [Theory]
    [InlineData("2026-02-16", false)] // 설날 연휴
    [InlineData("2026-02-17", false)] // 설날
    [InlineData("2026-02-19", true)]
    [InlineData("2026-05-01", false)] // 근로자의 날
    [InlineData("2026-09-25", false)] // 추석
    [InlineData("2026-12-31", false)] // year-end closing day
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-23", true)]
    [InlineData("2025-06-03", false)] // presidential election
    public void IsTradingDay_KnowsKrxClosures(string date, bool trades) =>
        Assert.Equal(trades, Calendar.IsTradingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Next_SkipsWeekendsAndHolidays()
    {
        Assert.Equal(new DateOnly(2026, 2, 19), Calendar.Next(new DateOnly(2026, 2, 13))); // Fri → Thu after 설 (16–18)
        Assert.Equal(new DateOnly(2026, 2, 13), Calendar.Previous(new DateOnly(2026, 2, 19)));
        Assert.Equal(new DateOnly(2027, 1, 4), Calendar.Next(new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void Session_NormalDay_HasKrxTimes()
    {
        var s = Calendar.Session(new DateOnly(2026, 11, 23));
        Assert.Equal(
            (new TimeOnly(8, 30), new TimeOnly(9, 0), new TimeOnly(15, 20), new TimeOnly(15, 30), new TimeOnly(15, 40), new TimeOnly(16, 0), new TimeOnly(18, 0)),
            (s.PreOpen, s.Open, s.ClosingAuctionStart, s.Close, s.ClosingPriceStart, s.AfterHoursStart, s.AfterHoursEnd));
        Assert.Equal(380, s.ContinuousMinutes); // 09:00–15:20
        Assert.False(s.IsSpecial);
    }

    [Fact]
    public void Session_ExamDay_ShiftsOpenAndEveryLaterTimeByOneHour()
    {
        var s = Calendar.Session(new DateOnly(2026, 11, 19));
        Assert.True(s.IsSpecial);
        Assert.Equal(
            (new TimeOnly(10, 0), new TimeOnly(16, 20), new TimeOnly(16, 30), new TimeOnly(17, 0), new TimeOnly(19, 0)),
            (s.Open, s.ClosingAuctionStart, s.Close, s.AfterHoursStart, s.AfterHoursEnd));
        Assert.Equal(380, s.ContinuousMinutes);
        Assert.Equal(new TimeOnly(17, 10), s.AfterHoursAuctionTimes()[0]);
    }

    [Fact]
    public void Session_FirstDayOfYear_OpensAt10AndClosesAt1530()
    {
        var s = Calendar.Session(new DateOnly(2026, 1, 2));
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(15, 30), 320), (s.Open, s.Close, s.ContinuousMinutes));
    }

    [Fact]
    public void AfterHoursAuctionTimes_AreEveryTenMinutesFrom1610To1800()
    {
        var times = Calendar.Session(new DateOnly(2026, 11, 23)).AfterHoursAuctionTimes();
        Assert.Equal(12, times.Count);
        Assert.Equal(new TimeOnly(16, 10), times[0]);
        Assert.Equal(new TimeOnly(18, 0), times[^1]);
        Assert.NotEmpty(times.Zip(times.Skip(1)));
        Assert.All(times.Zip(times.Skip(1)), p => Assert.Equal(TimeSpan.FromMinutes(10), p.Second - p.First));
    }

    [Theory]
    [InlineData(8, 29, 59, (int)SimPhase.Closed)]
    [InlineData(8, 30, 0, (int)SimPhase.PreOpen)]
    [InlineData(8, 59, 59, (int)SimPhase.PreOpen)]
    [InlineData(9, 0, 0, (int)SimPhase.Continuous)]
    [InlineData(15, 19, 59, (int)SimPhase.Continuous)]
    [InlineData(15, 20, 0, (int)SimPhase.ClosingAuction)]
    [InlineData(15, 29, 59, (int)SimPhase.ClosingAuction)]
    [InlineData(15, 30, 0, (int)SimPhase.PostClose)]
    [InlineData(15, 40, 0, (int)SimPhase.ClosingPriceSession)]
    [InlineData(16, 0, 0, (int)SimPhase.AfterHours)]
    [InlineData(18, 0, 0, (int)SimPhase.AfterHours)]
    [InlineData(18, 0, 1, (int)SimPhase.Closed)]
    public void PhaseAt_Boundaries(int h, int m, int s, int phase) =>
        Assert.Equal((SimPhase)phase, Calendar.Session(new DateOnly(2026, 11, 23)).PhaseAt(new TimeOnly(h, m, s)));

    [Fact]
    public void ScenarioOverrides_AddHolidaysForcedDaysAndSpecialDays()
    {
        var cal = new SimCalendar(
            new DateOnly(2026, 1, 2), 1,
            new Dictionary<DateOnly, string> { [new(2026, 11, 24)] = "임시휴장" },
            [new DateOnly(2026, 11, 28)],
            [new SpecialDay(new DateOnly(2026, 11, 25), new TimeOnly(9, 0), new TimeOnly(14, 0), "단축")]);
        Assert.False(cal.IsTradingDay(new DateOnly(2026, 11, 24)));
        Assert.True(cal.IsTradingDay(new DateOnly(2026, 11, 28)));
        Assert.Equal(new TimeOnly(13, 50), cal.Session(new DateOnly(2026, 11, 25)).ClosingAuctionStart);
        Assert.Equal("임시휴장", cal.ClosureNote(new DateOnly(2026, 11, 24)));
    }
}
