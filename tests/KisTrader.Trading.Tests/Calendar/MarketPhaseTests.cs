using KisTrader.Trading.Calendar;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

/// <summary>Each phase boundary at, just before and just after it; normal day, 수능 day and first trading day.</summary>
public sealed class MarketPhaseTests
{
    private static readonly KrxCalendar Cal = KrxCalendar.Default;

    [Theory]
    [InlineData(0, 0, 0, MarketPhase.Closed)]
    [InlineData(8, 29, 59, MarketPhase.Closed)]
    [InlineData(8, 30, 0, MarketPhase.PreOpen)]
    [InlineData(8, 59, 59, MarketPhase.PreOpen)]
    [InlineData(9, 0, 0, MarketPhase.Regular)]
    [InlineData(15, 19, 59, MarketPhase.Regular)]
    [InlineData(15, 20, 0, MarketPhase.ClosingAuction)]
    [InlineData(15, 29, 59, MarketPhase.ClosingAuction)]
    [InlineData(15, 30, 0, MarketPhase.Break)]
    [InlineData(15, 39, 59, MarketPhase.Break)]
    [InlineData(15, 40, 0, MarketPhase.ClosingPriceSession)]
    [InlineData(15, 59, 59, MarketPhase.ClosingPriceSession)]
    [InlineData(16, 0, 0, MarketPhase.AfterHoursSinglePrice)]
    [InlineData(17, 59, 59, MarketPhase.AfterHoursSinglePrice)]
    [InlineData(18, 0, 0, MarketPhase.Closed)]
    [InlineData(23, 59, 59, MarketPhase.Closed)]
    public void PhaseAt_NormalDay(int h, int m, int s, MarketPhase expected) =>
        Assert.Equal(expected, Cal.PhaseAt(Kst("2026-11-24", h, m, s)));

    [Theory]
    [InlineData(9, 29, 59, MarketPhase.Closed)]
    [InlineData(9, 30, 0, MarketPhase.PreOpen)]
    [InlineData(9, 59, 59, MarketPhase.PreOpen)]
    [InlineData(10, 0, 0, MarketPhase.Regular)]
    [InlineData(16, 19, 59, MarketPhase.Regular)]
    [InlineData(16, 20, 0, MarketPhase.ClosingAuction)]
    [InlineData(16, 29, 59, MarketPhase.ClosingAuction)]
    [InlineData(16, 30, 0, MarketPhase.Break)]
    [InlineData(16, 40, 0, MarketPhase.ClosingPriceSession)]
    [InlineData(16, 59, 59, MarketPhase.ClosingPriceSession)]
    [InlineData(17, 0, 0, MarketPhase.AfterHoursSinglePrice)]
    [InlineData(17, 59, 59, MarketPhase.AfterHoursSinglePrice)]
    [InlineData(18, 0, 0, MarketPhase.Closed)]
    public void PhaseAt_ExamDay_EveryPhaseShifted(int h, int m, int s, MarketPhase expected) =>
        Assert.Equal(expected, Cal.PhaseAt(Kst("2026-11-19", h, m, s)));

    [Theory]
    [InlineData(9, 0, 0, MarketPhase.Closed)]
    [InlineData(9, 30, 0, MarketPhase.PreOpen)]
    [InlineData(9, 59, 59, MarketPhase.PreOpen)]
    [InlineData(10, 0, 0, MarketPhase.Regular)]
    [InlineData(15, 20, 0, MarketPhase.ClosingAuction)]
    [InlineData(15, 30, 0, MarketPhase.Break)]
    [InlineData(16, 0, 0, MarketPhase.AfterHoursSinglePrice)]
    [InlineData(18, 0, 0, MarketPhase.Closed)]
    public void PhaseAt_FirstTradingDay_OnlyTheMorningShifted(int h, int m, int s, MarketPhase expected) =>
        Assert.Equal(expected, Cal.PhaseAt(Kst("2026-01-02", h, m, s)));

    [Theory]
    [InlineData("2026-11-22")] // Sunday
    [InlineData("2025-10-06")] // 추석
    [InlineData("2026-12-31")] // year-end closing
    public void PhaseAt_ClosedDay_ClosedAllDay(string date)
    {
        Assert.Equal(MarketPhase.Closed, Cal.PhaseAt(Kst(date, 10, 0)));
        Assert.Equal(MarketPhase.Closed, Cal.PhaseAt(Kst(date, 16, 30)));
    }

    [Fact]
    public void PhaseAt_UtcInstant_UsesTheKstDateAndTime()
    {
        // 2026-11-24 00:00 UTC = 09:00 KST; 2026-11-23 23:59 UTC = 2026-11-24 08:59 KST.
        Assert.Equal(MarketPhase.Regular, Cal.PhaseAt(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(MarketPhase.PreOpen, Cal.PhaseAt(new DateTimeOffset(2026, 11, 23, 23, 59, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Sessions_PhaseAtAnotherDate_IsClosed() =>
        Assert.Equal(MarketPhase.Closed, Cal.Sessions(D("2026-11-24")).PhaseAt(Kst("2026-11-25", 10, 0)));

    [Theory]
    [InlineData(15, 0, 16, 10)]
    [InlineData(16, 0, 16, 10)]
    [InlineData(16, 9, 16, 10)]
    [InlineData(16, 10, 16, 20)] // strictly after
    [InlineData(17, 59, 18, 0)]
    public void NextAfterHoursAuction_IsTheFirstMatchStrictlyAfter(int h, int m, int eh, int em) =>
        Assert.Equal(Kst("2026-11-24", eh, em), Cal.Sessions(D("2026-11-24")).NextAfterHoursAuction(Kst("2026-11-24", h, m)));

    [Fact]
    public void NextAfterHoursAuction_AfterTheLastMatch_IsNull() =>
        Assert.Null(Cal.Sessions(D("2026-11-24")).NextAfterHoursAuction(Kst("2026-11-24", 18, 0)));

    [Fact]
    public void Sessions_CustomBreaklessTimes_HaveNoBreakPhase()
    {
        var cal = BuildCalendar(o =>
        {
            o.Session.ClosingPriceStart = new TimeOnly(15, 30);
            o.Session.ClosingPriceEnd = new TimeOnly(15, 50);
        });

        Assert.Equal(MarketPhase.ClosingPriceSession, cal.PhaseAt(Kst("2026-11-24", 15, 30)));
        Assert.Equal(MarketPhase.Break, cal.PhaseAt(Kst("2026-11-24", 15, 55))); // 15:50–16:00 gap before after-hours
    }
}
