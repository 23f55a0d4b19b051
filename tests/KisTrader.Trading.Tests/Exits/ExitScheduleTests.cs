using KisTrader.Trading.Calendar;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Time;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

public sealed class ExitScheduleTests
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(5);

    private static ExitSchedule Schedule(TradingDaySchedule? day = null, TimeSpan? lead = null, ExitOptions? options = null)
    {
        var d = day ?? NormalDay;
        var o = options ?? new ExitOptions();
        return new ExitSchedule(Policy(o, d), new ExitOrderManager(o, d), lead ?? Lead);
    }

    private static OpenExitOrder Limit(string id, ExitReason reason, DateTimeOffset placedAt, long quantity = 100, long filled = 0) =>
        new(id, reason, ExitOrderType.Limit, 9_990m, quantity, filled, placedAt);

    [Fact]
    public void InstantsAfter_TheEveningBefore_ListsTheWholeExitDayInOrder()
    {
        var evening = KrxTime.At(Day.AddDays(-1), new TimeOnly(17, 0));

        var instants = Schedule().InstantsAfter(evening, []);

        Assert.Equal(
            [
                new ExitInstant(At(8, 55), ExitInstantKind.WatchStart),
                new ExitInstant(At(9, 0), ExitInstantKind.WindowBoundary),
                new ExitInstant(At(13, 0), ExitInstantKind.WindowBoundary),
                new ExitInstant(At(15, 0), ExitInstantKind.WindowBoundary),
                new ExitInstant(At(15, 20), ExitInstantKind.WindowBoundary),
                new ExitInstant(At(15, 25), ExitInstantKind.MarketDeadline),
                new ExitInstant(At(15, 30), ExitInstantKind.Close),
            ],
            instants);
    }

    [Fact]
    public void InstantsAfter_NoLead_HasNoWatchStart()
    {
        var instants = Schedule(lead: TimeSpan.Zero).InstantsAfter(At(6, 0), []);

        Assert.Equal(new ExitInstant(At(9, 0), ExitInstantKind.WindowBoundary), instants[0]);
        Assert.DoesNotContain(instants, i => i.Kind == ExitInstantKind.WatchStart);
    }

    [Theory]
    [InlineData(8, 54, 59, 8, 55, ExitInstantKind.WatchStart)]
    [InlineData(8, 55, 0, 9, 0, ExitInstantKind.WindowBoundary)]
    [InlineData(8, 59, 59, 9, 0, ExitInstantKind.WindowBoundary)]
    [InlineData(9, 0, 0, 13, 0, ExitInstantKind.WindowBoundary)]
    [InlineData(12, 59, 59, 13, 0, ExitInstantKind.WindowBoundary)]
    [InlineData(13, 0, 0, 15, 0, ExitInstantKind.WindowBoundary)]
    [InlineData(15, 0, 0, 15, 20, ExitInstantKind.WindowBoundary)]
    [InlineData(15, 20, 0, 15, 25, ExitInstantKind.MarketDeadline)]
    [InlineData(15, 24, 59, 15, 25, ExitInstantKind.MarketDeadline)]
    [InlineData(15, 25, 0, 15, 30, ExitInstantKind.Close)]
    [InlineData(15, 29, 59, 15, 30, ExitInstantKind.Close)]
    public void NextAfter_WithoutOrders_IsTheNextBoundaryStrictlyAfterNow(int h, int m, int s, int nh, int nm, ExitInstantKind kind)
    {
        var next = Schedule().NextAfter(At(h, m, s), []);

        Assert.Equal(new ExitInstant(At(nh, nm), kind), next);
    }

    [Theory]
    [InlineData(15, 30, 0)]
    [InlineData(18, 0, 0)]
    public void NextAfter_AtOrAfterTheClose_IsNull(int h, int m, int s)
    {
        Assert.Null(Schedule().NextAfter(At(h, m, s), []));
        Assert.Empty(Schedule().InstantsAfter(At(h, m, s), []));
    }

    [Fact]
    public void NextAfter_OpenLimitOrder_IsItsConversionThirtySecondsAfterPlacing()
    {
        var order = Limit("S1", ExitReason.TakeProfit, At(10, 0, 5));

        var next = Schedule().NextAfter(At(10, 0, 5), [order]);

        Assert.Equal(new ExitInstant(At(10, 0, 35), ExitInstantKind.ConversionDue, "S1"), next);
    }

    [Fact]
    public void InstantsAfter_OpenLimitOrder_SitsBetweenTheBoundaries()
    {
        var order = Limit("S1", ExitReason.StopLoss, At(12, 59, 50));

        var instants = Schedule().InstantsAfter(At(12, 59, 50), [order]);

        Assert.Equal(
            [
                new ExitInstant(At(13, 0), ExitInstantKind.WindowBoundary),
                new ExitInstant(At(13, 0, 20), ExitInstantKind.ConversionDue, "S1"),
                new ExitInstant(At(15, 0), ExitInstantKind.WindowBoundary),
            ],
            instants.Take(3));
    }

    [Fact]
    public void InstantsAfter_LimitPlacedLate_ConvertsAtTheDeadlineNotAfterThirtySeconds()
    {
        var order = Limit("S2", ExitReason.PartialTakeProfit, At(15, 24, 45));

        var instants = Schedule().InstantsAfter(At(15, 24, 45), [order]);

        Assert.Equal(
            [
                new ExitInstant(At(15, 25), ExitInstantKind.ConversionDue, "S2"),
                new ExitInstant(At(15, 25), ExitInstantKind.MarketDeadline),
                new ExitInstant(At(15, 30), ExitInstantKind.Close),
            ],
            instants);
    }

    [Fact]
    public void InstantsAfter_ForcedExitLimit_ConvertsAt1525NotAfterThirtySeconds()
    {
        var order = Limit("S3", ExitReason.ForcedExit, At(15, 20));

        var instants = Schedule().InstantsAfter(At(15, 20), [order]);

        Assert.Equal(new ExitInstant(At(15, 25), ExitInstantKind.ConversionDue, "S3"), instants[0]);
        Assert.DoesNotContain(instants, i => i.At == At(15, 20, 30));
    }

    [Fact]
    public void InstantsAfter_MarketOrFilledOrders_AddNothing()
    {
        var market = new OpenExitOrder("S1", ExitReason.StopLoss, ExitOrderType.Market, null, 100, 0, At(10, 0));
        var filled = Limit("S2", ExitReason.TakeProfit, At(10, 0), 100, 100);

        var instants = Schedule().InstantsAfter(At(10, 0), [market, filled]);

        Assert.DoesNotContain(instants, i => i.Kind == ExitInstantKind.ConversionDue);
    }

    [Fact]
    public void InstantsAfter_PartlyFilledLimit_StillConverts()
    {
        var order = Limit("S1", ExitReason.TakeProfit, At(10, 0), 100, 99);

        Assert.Contains(new ExitInstant(At(10, 0, 30), ExitInstantKind.ConversionDue, "S1"), Schedule().InstantsAfter(At(10, 0, 1), [order]));
    }

    [Fact]
    public void InstantsAfter_ConversionAlreadyDue_IsNotAFutureInstantButDueForConversion()
    {
        var order = Limit("S1", ExitReason.TakeProfit, At(10, 0));
        var schedule = Schedule();

        Assert.DoesNotContain(schedule.InstantsAfter(At(10, 0, 30), [order]), i => i.Kind == ExitInstantKind.ConversionDue);
        Assert.Equal([order], schedule.DueForConversion(At(10, 0, 30), [order]));
        Assert.Empty(schedule.DueForConversion(At(10, 0, 29, 999), [order]));
    }

    [Fact]
    public void DueForConversion_SeveralOrders_OldestDueFirstMarketAndFilledExcluded()
    {
        var late = Limit("S2", ExitReason.TakeProfit, At(10, 0, 10));
        var early = Limit("S1", ExitReason.StopLoss, At(10, 0));
        var filled = Limit("S3", ExitReason.StopLoss, At(10, 0), 10, 10);
        var market = new OpenExitOrder("S4", ExitReason.StopLoss, ExitOrderType.Market, null, 10, 0, At(10, 0));

        var due = Schedule().DueForConversion(At(10, 1), [late, filled, market, early]);

        Assert.Equal([early, late], due);
    }

    [Fact]
    public void DueForConversion_AtTheClose_IsEmpty()
    {
        var order = Limit("S1", ExitReason.ForcedExit, At(15, 20));

        Assert.Equal([order], Schedule().DueForConversion(At(15, 29, 59), [order]));
        Assert.Empty(Schedule().DueForConversion(At(15, 30), [order]));
    }

    [Fact]
    public void InstantsAfter_TwoOrdersDueTogether_OrderedById()
    {
        var b = Limit("S2", ExitReason.TakeProfit, At(10, 0));
        var a = Limit("S1", ExitReason.TakeProfit, At(10, 0));

        var due = Schedule().InstantsAfter(At(10, 0), [b, a]).Where(i => i.Kind == ExitInstantKind.ConversionDue);

        Assert.Equal(["S1", "S2"], due.Select(i => i.OrderId));
    }

    [Fact]
    public void NextAfter_RefreshWithAnOpenOrder_ComesBeforeTheConversion()
    {
        var order = Limit("S1", ExitReason.TakeProfit, At(10, 0));

        var next = Schedule().NextAfter(At(10, 0), [order], TimeSpan.FromSeconds(10));

        Assert.Equal(new ExitInstant(At(10, 0, 10), ExitInstantKind.Refresh), next);
    }

    [Fact]
    public void NextAfter_RefreshLongerThanTheConversion_IsTheConversion()
    {
        var order = Limit("S1", ExitReason.TakeProfit, At(10, 0));

        var next = Schedule().NextAfter(At(10, 0), [order], TimeSpan.FromMinutes(1));

        Assert.Equal(new ExitInstant(At(10, 0, 30), ExitInstantKind.ConversionDue, "S1"), next);
    }

    [Fact]
    public void NextAfter_RefreshWithoutOpenOrders_IsIgnored()
    {
        var filled = Limit("S1", ExitReason.TakeProfit, At(10, 0), 100, 100);

        var next = Schedule().NextAfter(At(10, 0), [filled], TimeSpan.FromSeconds(10));

        Assert.Equal(new ExitInstant(At(13, 0), ExitInstantKind.WindowBoundary), next);
    }

    [Fact]
    public void NextAfter_AfterTheCloseWithAnOpenOrder_StillRefreshes()
    {
        var order = new OpenExitOrder("S1", ExitReason.ForcedExit, ExitOrderType.Market, null, 100, 0, At(15, 25));

        var next = Schedule().NextAfter(At(15, 30), [order], TimeSpan.FromSeconds(10));

        Assert.Equal(new ExitInstant(At(15, 30, 10), ExitInstantKind.Refresh), next);
    }

    [Fact]
    public void InstantsAfter_LateDay_EveryInstantShiftsByAnHour()
    {
        var instants = Schedule(LateDay).InstantsAfter(At(6, 0), []);

        Assert.Equal(
            [At(9, 55), At(10, 0), At(14, 0), At(16, 0), At(16, 20), At(16, 25), At(16, 30)],
            instants.Select(i => i.At));
    }

    [Theory]
    [InlineData(8, 59, 59, 999, false)]
    [InlineData(9, 0, 0, 0, true)]
    [InlineData(15, 29, 59, 999, true)]
    [InlineData(15, 30, 0, 0, false)]
    public void IsTradingWindow_FromTheMorningStartToTheClose(int h, int m, int s, int ms, bool expected)
    {
        Assert.Equal(expected, Schedule().IsTradingWindow(At(h, m, s, ms)));
    }

    [Fact]
    public void WatchFrom_IsTheMorningStartMinusTheLead()
    {
        Assert.Equal(At(8, 50), Schedule(lead: TimeSpan.FromMinutes(10)).WatchFrom);
    }

    [Fact]
    public void Constructor_ManagerOfAnotherDay_Throws()
    {
        var o = new ExitOptions();
        var other = new TradingDaySchedule(Day.AddDays(1), TimeSpan.Zero, TimeSpan.Zero, TradingDaySchedule.DefaultMiddaySplit);

        Assert.Throws<ArgumentException>(() => new ExitSchedule(Policy(o), new ExitOrderManager(o, other), Lead));
    }

    [Fact]
    public void Constructor_NegativeLead_Throws()
    {
        var o = new ExitOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => new ExitSchedule(Policy(o), new ExitOrderManager(o, NormalDay), TimeSpan.FromSeconds(-1)));
    }
}
