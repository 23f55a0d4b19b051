using KisTrader.Trading.Calendar;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

/// <summary>Special-schedule days: every session boundary shifts with the day's open and close shifts.</summary>
public sealed class ScheduleTests
{
    private static readonly KrxCalendar Cal = KrxCalendar.Default;

    [Fact]
    public void Schedule_NormalDay_EqualsTheNormalSchedule()
    {
        var schedule = Cal.Schedule(D("2026-11-24"));

        Assert.Equal(TradingDaySchedule.Normal(D("2026-11-24")), schedule);
        Assert.False(schedule.IsSpecial);
        Assert.Null(schedule.Note);
        Assert.Null(schedule.ShiftedTimeLimit);
    }

    [Fact]
    public void Sessions_NormalDay_BaseTimes()
    {
        var s = Cal.Sessions(D("2026-11-24"));

        Assert.Equal(Kst("2026-11-24", 8, 30), s.PreOpenStart);
        Assert.Equal(Kst("2026-11-24", 9, 0), s.RegularOpen);
        Assert.Equal(Kst("2026-11-24", 15, 20), s.ClosingAuctionStart);
        Assert.Equal(Kst("2026-11-24", 15, 30), s.RegularClose);
        Assert.Equal(Kst("2026-11-24", 15, 40), s.ClosingPriceStart);
        Assert.Equal(Kst("2026-11-24", 16, 0), s.ClosingPriceEnd);
        Assert.Equal(Kst("2026-11-24", 16, 0), s.AfterHoursStart);
        Assert.Equal(Kst("2026-11-24", 18, 0), s.AfterHoursEnd);
    }

    [Fact]
    public void AfterHoursAuctions_NormalDay_TwelveMatchesFrom1610To1800()
    {
        var auctions = Cal.Sessions(D("2026-11-24")).AfterHoursAuctions;

        var expected = Enumerable.Range(1, 12).Select(i => Kst("2026-11-24", 16, 0).AddMinutes(10 * i)).ToArray();
        Assert.Equal(expected, auctions);
        Assert.Equal(Kst("2026-11-24", 16, 10), auctions[0]);
        Assert.Equal(Kst("2026-11-24", 18, 0), auctions[^1]);
    }

    [Theory]
    [InlineData("2025-11-13")]
    [InlineData("2026-11-19")]
    [InlineData("2027-11-18")]
    public void Sessions_ExamDay_EveryPhaseOneHourLateButAfterHoursStillEndsAt1800(string date)
    {
        var schedule = Cal.Schedule(D(date));
        var s = Cal.Sessions(D(date));

        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromHours(1)), (schedule.OpenShift, schedule.CloseShift));
        Assert.Equal(KrxHolidayTable.ExamDayName, schedule.Note);
        Assert.Equal(Kst(date, 9, 30), s.PreOpenStart);
        Assert.Equal(Kst(date, 10, 0), s.RegularOpen);
        Assert.Equal(Kst(date, 16, 20), s.ClosingAuctionStart);
        Assert.Equal(Kst(date, 16, 30), s.RegularClose);
        Assert.Equal(Kst(date, 16, 40), s.ClosingPriceStart);
        Assert.Equal(Kst(date, 17, 0), s.ClosingPriceEnd);
        Assert.Equal(Kst(date, 17, 0), s.AfterHoursStart);
        Assert.Equal(Kst(date, 18, 0), s.AfterHoursEnd); // KRX notices: the after-hours session ends at 18:00 as usual
    }

    [Fact]
    public void AfterHoursAuctions_ExamDay_SixMatchesFrom1710To1800()
    {
        var auctions = Cal.Sessions(D("2026-11-19")).AfterHoursAuctions;

        Assert.Equal(Enumerable.Range(1, 6).Select(i => Kst("2026-11-19", 17, 0).AddMinutes(10 * i)), auctions);
    }

    [Fact]
    public void Schedule_ExamDay_StrategyTimesShiftAndLateCheckpointsLandOnTheSessionEnd()
    {
        var schedule = Cal.Schedule(D("2026-11-19"));

        Assert.Equal(Kst("2026-11-19", 14, 0), schedule.At(new TimeOnly(13, 0)));   // exit window 13:00 → 14:00
        Assert.Equal(Kst("2026-11-19", 16, 20), schedule.At(new TimeOnly(15, 20))); // forced exit
        Assert.Equal(Kst("2026-11-19", 17, 30), schedule.At(new TimeOnly(16, 30))); // checkpoint 16:30 → 17:30
        Assert.Equal(Kst("2026-11-19", 18, 0), schedule.At(new TimeOnly(17, 0)));   // 18:00 = session end
        Assert.Equal(Kst("2026-11-19", 18, 0), schedule.At(new TimeOnly(17, 30)));  // capped at the session end
        Assert.Equal(new TimeOnly(18, 0), schedule.ShiftedTimeLimit);
    }

    [Fact]
    public void Sessions_ExamDayWithAfterHoursEndShifts_RunsTheSessionUntil1900()
    {
        var cal = BuildCalendar(o => o.AfterHoursEndShifts = true);

        var s = cal.Sessions(D("2026-11-19"));

        Assert.Null(s.Schedule.ShiftedTimeLimit);
        Assert.Equal(Kst("2026-11-19", 17, 0), s.AfterHoursStart);
        Assert.Equal(Kst("2026-11-19", 19, 0), s.AfterHoursEnd);
        Assert.Equal(12, s.AfterHoursAuctions.Length);
        Assert.Equal(Kst("2026-11-19", 19, 0), s.AfterHoursAuctions[^1]);
    }

    [Theory]
    [InlineData("2025-01-02")]
    [InlineData("2026-01-02")]
    [InlineData("2027-01-04")]
    public void Sessions_FirstTradingDayOfYear_OpensAt1000AndClosesAsUsual(string date)
    {
        var schedule = Cal.Schedule(D(date));
        var s = Cal.Sessions(D(date));

        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.Zero), (schedule.OpenShift, schedule.CloseShift));
        Assert.Equal(KrxHolidayTable.FirstTradingDayName, schedule.Note);
        Assert.Null(schedule.ShiftedTimeLimit);
        Assert.Equal(Kst(date, 9, 30), s.PreOpenStart);
        Assert.Equal(Kst(date, 10, 0), s.RegularOpen);
        Assert.Equal(Kst(date, 15, 20), s.ClosingAuctionStart);
        Assert.Equal(Kst(date, 15, 30), s.RegularClose);
        Assert.Equal(Kst(date, 16, 0), s.AfterHoursStart);
        Assert.Equal(Kst(date, 18, 0), s.AfterHoursEnd);
        Assert.Equal(Kst(date, 11, 0), schedule.At(new TimeOnly(10, 0)));  // morning strategy times move
        Assert.Equal(Kst(date, 13, 0), schedule.At(new TimeOnly(13, 0)));  // afternoon ones do not
    }

    [Fact]
    public void Schedule_SecondTradingDayOfYear_IsNormal() =>
        Assert.False(Cal.Schedule(D("2026-01-05")).IsSpecial);

    [Theory]
    [InlineData("2025-10-06", "Holiday: 추석")]
    [InlineData("2026-11-22", "Weekend")]
    [InlineData("2026-12-31", "YearEndClosing: 연말 휴장일")]
    public void Schedule_ClosedDay_ThrowsNamingTheReason(string date, string reason)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Cal.Schedule(D(date)));

        Assert.Contains(date, ex.Message);
        Assert.Contains(reason, ex.Message);
        Assert.Throws<InvalidOperationException>(() => Cal.Sessions(D(date)));
    }

    [Fact]
    public void Schedule_ConfiguredSpecialDay_ShiftsByItsOwnOffsets()
    {
        var cal = BuildCalendar(o => o.SpecialDays.Add(new SpecialScheduleDay
        {
            Date = D("2026-11-25"), OpenShift = TimeSpan.FromMinutes(30), CloseShift = TimeSpan.FromMinutes(30), Name = "시스템 점검",
        }));

        var s = cal.Sessions(D("2026-11-25"));

        Assert.Equal("시스템 점검", s.Schedule.Note);
        Assert.Equal(Kst("2026-11-25", 9, 30), s.RegularOpen);
        Assert.Equal(Kst("2026-11-25", 16, 0), s.RegularClose);
        Assert.Equal(Kst("2026-11-25", 16, 30), s.AfterHoursStart);
        Assert.Equal(Kst("2026-11-25", 18, 0), s.AfterHoursEnd);
        Assert.Equal(9, s.AfterHoursAuctions.Length); // 16:40 ... 18:00
    }

    [Fact]
    public void Schedule_ConfiguredZeroShiftOnAnExamDay_MakesItNormal()
    {
        var cal = BuildCalendar(o => o.SpecialDays.Add(new SpecialScheduleDay { Date = D("2026-11-19") }));

        var schedule = cal.Schedule(D("2026-11-19"));

        Assert.False(schedule.IsSpecial);
        Assert.Null(schedule.Note);
        Assert.Equal(Kst("2026-11-19", 9, 0), cal.Sessions(D("2026-11-19")).RegularOpen);
    }

    [Fact]
    public void Schedule_ConfiguredShiftsForBuiltInDays_AreUsed()
    {
        var cal = BuildCalendar(o =>
        {
            o.ExamDayOpenShift = TimeSpan.FromMinutes(30);
            o.ExamDayCloseShift = TimeSpan.FromMinutes(30);
            o.FirstTradingDayOpenShift = TimeSpan.Zero;
        });

        Assert.Equal(Kst("2026-11-19", 9, 30), cal.Sessions(D("2026-11-19")).RegularOpen);
        Assert.Equal(Kst("2026-11-19", 16, 0), cal.Sessions(D("2026-11-19")).RegularClose);
        Assert.False(cal.Schedule(D("2026-01-02")).IsSpecial);
    }
}
