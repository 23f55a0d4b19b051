using KisTrader.Trading.Sessions;
using static KisTrader.Trading.Tests.SessionTests.SessionLifecycleTestData;

namespace KisTrader.Trading.Tests.SessionTests;

/// <summary>The cycle after the screen: screened → after-hours → holding → closed, on a Monday and over a weekend.</summary>
public sealed class SessionLifecycleCycleTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly NextMonday = new(2026, 11, 30);
    private static readonly SessionPositions TwoOpen = new(2, 0, ["005930", "000660"]);
    private static readonly SessionPositions OneOfTwoClosed = new(2, 1, ["000660"]);
    private static readonly SessionPositions BothClosed = new(2, 2, []);

    private static SessionStep Advance(SessionPhase phase, SessionPositions positions, DateTimeOffset now, DateOnly? date = null) =>
        Lifecycle.Advance(date ?? Monday, phase, positions, now);

    [Fact]
    public void Advance_ScreenedBeforeTheAfterHoursStart_WaitsForIt()
    {
        var step = Advance(SessionPhase.Screened, SessionPositions.None, At(Monday, 15, 35));
        Assert.Equal(new SessionStep(SessionPhase.Screened, false, false, At(Monday, 16, 0)), step);
    }

    [Fact]
    public void Advance_ScreenedAtTheAfterHoursStart_IsAfterHoursUntil1800() =>
        Assert.Equal(new SessionStep(SessionPhase.AfterHours, true, false, At(Monday, 18, 0)), Advance(SessionPhase.Screened, SessionPositions.None, At(Monday, 16, 0)));

    [Fact]
    public void Advance_AfterHoursBefore1800_WaitsForTheEnd() =>
        Assert.Equal(new SessionStep(SessionPhase.AfterHours, false, false, At(Monday, 18, 0)), Advance(SessionPhase.AfterHours, TwoOpen, At(Monday, 17, 59, 59)));

    [Fact]
    public void Advance_AfterHoursEndWithPositions_IsHoldingCheckedEveryMinute() =>
        Assert.Equal(new SessionStep(SessionPhase.Holding, true, false, At(Monday, 18, 1)), Advance(SessionPhase.AfterHours, TwoOpen, At(Monday, 18, 0)));

    [Fact]
    public void Advance_AfterHoursEndWithoutPositions_Closes() =>
        Assert.Equal(new SessionStep(SessionPhase.Closed, true, false, null), Advance(SessionPhase.AfterHours, SessionPositions.None, At(Monday, 18, 0)));

    [Fact]
    public void Advance_AfterHoursEndWithEveryBuyLapsed_Closes() =>
        Assert.Equal(new SessionStep(SessionPhase.Closed, true, false, null), Advance(SessionPhase.AfterHours, new SessionPositions(1, 1, []), At(Monday, 18, 0, 5)));

    [Fact]
    public void Advance_ScreenedFoundAfterTheAfterHoursEnd_MovesOnAndChecksTheEndAtOnce()
    {
        var now = At(Monday, 18, 30);
        var step = Advance(SessionPhase.Screened, TwoOpen, now);
        Assert.Equal(new SessionStep(SessionPhase.AfterHours, true, false, now), step);
        Assert.Equal(SessionPhase.Holding, Advance(step.Phase, TwoOpen, now).Phase);
    }

    [Fact]
    public void Advance_HoldingWithAPositionNotFlat_KeepsHolding() =>
        Assert.Equal(new SessionStep(SessionPhase.Holding, false, false, At(Tuesday, 10, 1)), Advance(SessionPhase.Holding, OneOfTwoClosed, At(Tuesday, 10, 0)));

    [Fact]
    public void Advance_HoldingWhenEveryPositionIsSettled_ClosesWithoutAlert() =>
        Assert.Equal(new SessionStep(SessionPhase.Closed, true, false, null), Advance(SessionPhase.Holding, BothClosed, At(Tuesday, 9, 7)));

    [Fact]
    public void Advance_HoldingAtTheExitDaysClose_WaitsForTheClosingAuctionsFills() =>
        Assert.Equal(new SessionStep(SessionPhase.Holding, false, false, At(Tuesday, 15, 31)), Advance(SessionPhase.Holding, OneOfTwoClosed, At(Tuesday, 15, 30)));

    [Fact]
    public void Advance_HoldingJustBeforeTheGraceEnds_ChecksAtItsEnd() =>
        Assert.Equal(new SessionStep(SessionPhase.Holding, false, false, At(Tuesday, 15, 35)), Advance(SessionPhase.Holding, OneOfTwoClosed, At(Tuesday, 15, 34, 30)));

    [Fact]
    public void Advance_HoldingFiveMinutesAfterTheExitDaysCloseNotFlat_ClosesWithTheAlert() =>
        Assert.Equal(new SessionStep(SessionPhase.Closed, true, true, null), Advance(SessionPhase.Holding, OneOfTwoClosed, At(Tuesday, 15, 35)));

    [Fact]
    public void Advance_FridaySessionOverTheWeekend_HoldsUntilMondaysClose()
    {
        Assert.False(Advance(SessionPhase.Holding, TwoOpen, At(NextMonday, 15, 34, 59), Friday).Changed);
        Assert.Equal(new SessionStep(SessionPhase.Closed, true, true, null), Advance(SessionPhase.Holding, TwoOpen, At(NextMonday, 15, 35), Friday));
        Assert.Equal(At(Friday.AddDays(1), 10, 1), Advance(SessionPhase.Holding, TwoOpen, At(Friday.AddDays(1), 10, 0), Friday).NextCheck);
    }

    [Fact]
    public void Advance_ExamDay_AfterHoursStartsAt1700() =>
        Assert.Equal(At(ExamDay, 17, 0), Advance(SessionPhase.Screened, SessionPositions.None, At(ExamDay, 16, 45), ExamDay).NextCheck);

    [Theory]
    [InlineData(SessionPhase.Scheduled)]
    [InlineData(SessionPhase.Screening)]
    [InlineData(SessionPhase.Closed)]
    public void Advance_OtherPhases_NeverChange(SessionPhase phase) =>
        Assert.Equal(new SessionStep(phase, false, false, null), Advance(phase, TwoOpen, At(Tuesday, 15, 35)));

    [Theory]
    [InlineData(SessionPhase.AfterHours, SessionCommand.Rerun, 16, 0, SessionRefusalKind.AfterHoursBegan)]
    [InlineData(SessionPhase.Holding, SessionCommand.ManualStart, 18, 30, SessionRefusalKind.AfterHoursBegan)]
    public void Decide_PastTheScreenAfterItsStart_RefusedForTheWindowAsAScreenedSession(SessionPhase phase, SessionCommand command, int hour, int minute, SessionRefusalKind kind) =>
        Assert.Equal(kind, Decide(phase, command, At(Monday, hour, minute)).Refusal!.Kind);

    [Fact]
    public void Decide_ClosedSessionTheNextDay_RefusedAsOver() =>
        Assert.Equal(SessionRefusalKind.Over, Decide(SessionPhase.Closed, SessionCommand.Rerun, At(Tuesday, 15, 45)).Refusal!.Kind);

    [Fact]
    public void Advance_NotATradingDay_ChangesNothing() =>
        Assert.Equal(new SessionStep(SessionPhase.AfterHours, false, false, null), Advance(SessionPhase.AfterHours, TwoOpen, At(Sunday, 18, 0), Sunday));
}
