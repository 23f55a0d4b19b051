using KisTrader.Trading.Exits;
using static KisTrader.Trading.Tests.Exits.ExitTestData;

namespace KisTrader.Trading.Tests.Exits;

public sealed class ExitWindowTests
{
    public static TheoryData<int, int, int, int, ExitWindow> NormalDayInstants => new()
    {
        { 8, 59, 59, 999, ExitWindow.BeforeOpen },
        { 9, 0, 0, 0, ExitWindow.Morning },
        { 12, 59, 59, 999, ExitWindow.Morning },
        { 13, 0, 0, 0, ExitWindow.Afternoon },
        { 14, 59, 59, 0, ExitWindow.Afternoon },
        { 14, 59, 59, 999, ExitWindow.Afternoon },
        { 15, 0, 0, 0, ExitWindow.PreClose },
        { 15, 19, 59, 0, ExitWindow.PreClose },
        { 15, 19, 59, 999, ExitWindow.PreClose },
        { 15, 20, 0, 0, ExitWindow.ClosingAuction },
        { 15, 24, 59, 0, ExitWindow.ClosingAuction },
        { 15, 25, 0, 0, ExitWindow.ClosingAuction },
        { 15, 29, 59, 999, ExitWindow.ClosingAuction },
        { 15, 30, 0, 0, ExitWindow.AfterClose },
    };

    [Theory]
    [MemberData(nameof(NormalDayInstants))]
    public void WindowAt_NormalDayBoundaries_StartInclusiveEndExclusive(int h, int m, int s, int ms, ExitWindow expected) =>
        Assert.Equal(expected, Policy().WindowAt(At(h, m, s, ms)));

    public static TheoryData<int, int, int, int, ExitWindow> LateDayInstants => new()
    {
        // Open and close +1 h: 09:00→10:00, 13:00→14:00, 15:00→16:00, 15:20→16:20, 15:30→16:30.
        { 9, 59, 59, 999, ExitWindow.BeforeOpen },
        { 10, 0, 0, 0, ExitWindow.Morning },
        { 13, 0, 0, 0, ExitWindow.Morning },
        { 13, 59, 59, 999, ExitWindow.Morning },
        { 14, 0, 0, 0, ExitWindow.Afternoon },
        { 15, 59, 59, 999, ExitWindow.Afternoon },
        { 16, 0, 0, 0, ExitWindow.PreClose },
        { 16, 20, 0, 0, ExitWindow.ClosingAuction },
        { 16, 29, 59, 999, ExitWindow.ClosingAuction },
        { 16, 30, 0, 0, ExitWindow.AfterClose },
    };

    [Theory]
    [MemberData(nameof(LateDayInstants))]
    public void WindowAt_LateDay_EveryWindowShiftsOneHour(int h, int m, int s, int ms, ExitWindow expected) =>
        Assert.Equal(expected, Policy(schedule: LateDay).WindowAt(At(h, m, s, ms)));

    [Fact]
    public void WindowAt_CloseShiftOnly_MorningStartsAtNineAndAfternoonAtFourteen()
    {
        // 13:00 is after the 12:00 midday split, so it follows the close shift (+1 h); 09:00 follows the (unshifted) open.
        var policy = Policy(schedule: LateCloseDay);

        Assert.Equal(ExitWindow.Morning, policy.WindowAt(At(9, 0)));
        Assert.Equal(ExitWindow.Morning, policy.WindowAt(At(13, 59, 59, 999)));
        Assert.Equal(ExitWindow.Afternoon, policy.WindowAt(At(14, 0)));
        Assert.Equal(At(14, 0), policy.AfternoonStart);
        Assert.Equal(At(16, 25), policy.ForcedMarketConversion);
    }

    public static TheoryData<int, int, int, int, int, int> NextBoundaries => new()
    {
        { 8, 0, 0, 9, 0, 0 },
        { 9, 0, 0, 13, 0, 0 },        // strictly after: at a boundary the next one is returned
        { 12, 59, 59, 13, 0, 0 },
        { 13, 0, 0, 15, 0, 0 },
        { 15, 0, 0, 15, 20, 0 },
        { 15, 20, 0, 15, 25, 0 },
        { 15, 24, 59, 15, 25, 0 },
        { 15, 25, 0, 15, 30, 0 },
    };

    [Theory]
    [MemberData(nameof(NextBoundaries))]
    public void NextBoundaryAfter_BeforeTheClose_ReturnsTheNextWindowChange(int h, int m, int s, int eh, int em, int es) =>
        Assert.Equal(At(eh, em, es), Policy().NextBoundaryAfter(At(h, m, s)));

    [Fact]
    public void NextBoundaryAfter_AtOrAfterTheClose_ReturnsNull()
    {
        Assert.Null(Policy().NextBoundaryAfter(At(15, 30)));
        Assert.Null(Policy().NextBoundaryAfter(At(20, 0)));
    }

    [Fact]
    public void NextBoundaryAfter_LateDay_ReturnsShiftedInstants()
    {
        var policy = Policy(schedule: LateDay);

        Assert.Equal(At(10, 0), policy.NextBoundaryAfter(At(9, 0)));
        Assert.Equal(At(14, 0), policy.NextBoundaryAfter(At(13, 0)));
        Assert.Equal(At(16, 25), policy.NextBoundaryAfter(At(16, 20)));
    }

    [Fact]
    public void Boundaries_NormalDay_AreTheSixBaseTimes()
    {
        Assert.Equal(
            [At(9, 0), At(13, 0), At(15, 0), At(15, 20), At(15, 25), At(15, 30)],
            Policy().Boundaries);
    }
}
