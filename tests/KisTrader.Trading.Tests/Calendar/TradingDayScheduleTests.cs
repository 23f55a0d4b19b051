using KisTrader.Trading.Calendar;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

/// <summary>The <see cref="TradingDaySchedule.ShiftedTimeLimit"/> extension: only later-shifted times are capped.</summary>
public sealed class TradingDayScheduleTests
{
    private static readonly DateOnly Day = D("2026-11-19");

    private static TradingDaySchedule Late(TimeSpan shift, TimeOnly? limit) =>
        new(Day, shift, shift, TradingDaySchedule.DefaultMiddaySplit) { ShiftedTimeLimit = limit };

    [Theory]
    [InlineData(16, 0, 17, 0)]  // 17:00 ≤ 18:00: unchanged
    [InlineData(16, 50, 17, 50)]
    [InlineData(17, 0, 18, 0)]  // exactly at the limit
    [InlineData(17, 10, 18, 0)] // 18:10 > 18:00: capped
    [InlineData(18, 0, 18, 0)]  // the session end stays
    [InlineData(18, 30, 19, 30)] // a base time after the limit is not capped
    [InlineData(9, 0, 10, 0)]
    public void At_LateDayWithLimit_CapsOnlyShiftedTimesPassingIt(int h, int m, int eh, int em) =>
        Assert.Equal(Kst("2026-11-19", eh, em), Late(TimeSpan.FromHours(1), new TimeOnly(18, 0)).At(new TimeOnly(h, m)));

    [Fact]
    public void At_NoLimit_ShiftsEverything() =>
        Assert.Equal(Kst("2026-11-19", 19, 0), Late(TimeSpan.FromHours(1), null).At(new TimeOnly(18, 0)));

    [Fact]
    public void At_EarlierShift_IsNeverCapped() =>
        Assert.Equal(Kst("2026-11-19", 17, 0), Late(TimeSpan.FromHours(-1), new TimeOnly(17, 30)).At(new TimeOnly(18, 0)));

    [Fact]
    public void At_UnshiftedTimeAfterTheLimit_IsUnchanged() =>
        Assert.Equal(Kst("2026-11-19", 18, 0), Late(TimeSpan.Zero, new TimeOnly(17, 0)).At(new TimeOnly(18, 0)));

    [Fact]
    public void Normal_HasNoLimitAndNoNote()
    {
        var normal = TradingDaySchedule.Normal(Day);

        Assert.Null(normal.ShiftedTimeLimit);
        Assert.Null(normal.Note);
        Assert.Equal(Kst("2026-11-19", 18, 0), normal.At(new TimeOnly(18, 0)));
    }
}
