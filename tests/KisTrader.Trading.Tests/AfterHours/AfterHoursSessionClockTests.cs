using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

public sealed class AfterHoursSessionClockTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static DateTimeOffset At(int h, int m, int s = 0, int ms = 0) => KrxTime.At(Day, new TimeOnly(h, m, s, ms));

    private static AfterHoursSessionClock Clock(TradingDaySchedule? schedule = null) =>
        new(new AfterHoursOptions(), schedule ?? TradingDaySchedule.Normal(Day));

    [Fact]
    public void Checkpoints_NormalDay_AtTheBaseTimes() =>
        Assert.Equal([At(16, 0), At(16, 30), At(17, 0), At(17, 30)], Clock().Checkpoints.Select(c => c.At));

    [Fact]
    public void IsOver_AroundEighteen_OrdersExpireAtEighteenExactly()
    {
        var clock = Clock();

        Assert.False(clock.IsOver(At(17, 59, 59, 999)));
        Assert.True(clock.IsOver(At(18, 0)));
        Assert.True(clock.IsOpen(At(17, 59, 59, 999)));
        Assert.False(clock.IsOpen(At(18, 0)));
        Assert.False(clock.IsOpen(At(15, 59, 59, 999)));
        Assert.True(clock.IsOpen(At(16, 0)));
    }

    [Fact]
    public void LateCloseDay_SessionAndCheckpointsShiftOneHour()
    {
        var clock = Clock(new TradingDaySchedule(Day, TimeSpan.FromHours(1), TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit));

        Assert.Equal(At(17, 0), clock.Checkpoints[0].At);
        Assert.Equal(C1600, clock.Checkpoints[0].BaseTime);
        Assert.False(clock.IsOver(At(18, 30)));
        Assert.True(clock.IsOver(At(19, 0)));
    }

    [Fact]
    public void NextCheckpointAfter_IsStrictlyLater()
    {
        var clock = Clock();

        Assert.Equal(C1600, clock.NextCheckpointAfter(At(15, 45))!.Value.BaseTime);
        Assert.Equal(C1630, clock.NextCheckpointAfter(At(16, 0))!.Value.BaseTime);
        Assert.Null(clock.NextCheckpointAfter(At(17, 30)));
    }

    [Fact]
    public void DueCheckpoint_CatchesUpWithTheLatestReachedOnly()
    {
        var clock = Clock();

        Assert.Equal(C1600, clock.DueCheckpoint(At(16, 0), null)!.Value.BaseTime);
        Assert.Equal(C1700, clock.DueCheckpoint(At(17, 10), null)!.Value.BaseTime); // 16:00 and 16:30 were missed
        Assert.Null(clock.DueCheckpoint(At(16, 45), C1630));
        Assert.Null(clock.DueCheckpoint(At(15, 59, 59), null));
        Assert.Null(clock.DueCheckpoint(At(18, 0), C1700));
    }
}
