using KisTrader.Trading.Sessions;
using static KisTrader.Trading.Tests.SessionTests.SessionLifecycleTestData;

namespace KisTrader.Trading.Tests.SessionTests;

/// <summary>
/// The trading window of a person's command: the session's own KST day, a first screen from the regular close, any
/// screen before the after-hours start — at, just before and just after each boundary, on a regular and a 수능 day.
/// </summary>
public sealed class SessionLifecycleWindowTests
{
    public static TheoryData<int, int, int, SessionRefusalKind?> ManualStartAroundTheBoundaries => new()
    {
        { 9, 0, 0, SessionRefusalKind.BeforeClose },
        { 15, 29, 59, SessionRefusalKind.BeforeClose },
        { 15, 30, 0, null },
        { 15, 30, 1, null },
        { 15, 59, 59, null },
        { 16, 0, 0, SessionRefusalKind.AfterHoursBegan },
        { 16, 0, 1, SessionRefusalKind.AfterHoursBegan },
        { 23, 59, 59, SessionRefusalKind.AfterHoursBegan },
    };

    [Theory]
    [MemberData(nameof(ManualStartAroundTheBoundaries))]
    public void Decide_ManualStartOnARegularDay_OpensAtTheCloseAndShutsAtTheAfterHoursStart(int hour, int minute, int second, SessionRefusalKind? refusal) =>
        Assert.Equal(refusal, Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(Monday, hour, minute, second)).Refusal?.Kind);

    public static TheoryData<int, int, int, SessionRefusalKind?> RerunAroundTheBoundaries => new()
    {
        { 0, 0, 0, null },
        { 15, 29, 59, null }, // a re-run does not wait for the close (the screened session has one)
        { 15, 30, 0, null },
        { 15, 59, 59, null },
        { 16, 0, 0, SessionRefusalKind.AfterHoursBegan },
        { 16, 0, 1, SessionRefusalKind.AfterHoursBegan },
    };

    [Theory]
    [MemberData(nameof(RerunAroundTheBoundaries))]
    public void Decide_RerunOnARegularDay_ShutsAtTheAfterHoursStart(int hour, int minute, int second, SessionRefusalKind? refusal) =>
        Assert.Equal(refusal, Decide(SessionPhase.Screened, SessionCommand.Rerun, At(Monday, hour, minute, second)).Refusal?.Kind);

    public static TheoryData<int, int, int, SessionRefusalKind?> ExamDayBoundaries => new()
    {
        { 15, 30, 0, SessionRefusalKind.BeforeClose },
        { 16, 29, 59, SessionRefusalKind.BeforeClose },
        { 16, 30, 0, null },
        { 16, 59, 59, null },
        { 17, 0, 0, SessionRefusalKind.AfterHoursBegan },
    };

    [Theory]
    [MemberData(nameof(ExamDayBoundaries))]
    public void Decide_ManualStartOnAnExamDay_FollowsTheShiftedCloseAndAfterHoursStart(int hour, int minute, int second, SessionRefusalKind? refusal) =>
        Assert.Equal(refusal, Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(ExamDay, hour, minute, second), date: ExamDay).Refusal?.Kind);

    [Fact]
    public void Decide_RefusalsOfTheWindow_ExplainWithTheDaysOwnTimes()
    {
        Assert.Equal(
            "the screen uses the day's close: not before 15:30 KST",
            Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(Monday, 15, 29, 59)).Refusal!.Explanation);
        Assert.Equal(
            "the after-hours session began at 16:00 KST",
            Decide(SessionPhase.Screened, SessionCommand.Rerun, At(Monday, 16, 0)).Refusal!.Explanation);
        Assert.Equal(
            "the screen uses the day's close: not before 16:30 KST",
            Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(ExamDay, 16, 0), date: ExamDay).Refusal!.Explanation);
        Assert.Equal(
            "the after-hours session began at 17:00 KST",
            Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(ExamDay, 17, 0), date: ExamDay).Refusal!.Explanation);
    }

    [Fact]
    public void Decide_RefusalsOfTheWindow_CarryTheirBoundaryAsData()
    {
        Assert.Equal(At(Monday, 15, 30), Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(Monday, 15, 29, 59)).Refusal!.Boundary);
        Assert.Equal(At(Monday, 16, 0), Decide(SessionPhase.Screened, SessionCommand.Rerun, At(Monday, 16, 0, 1)).Refusal!.Boundary);
        Assert.Equal(At(ExamDay, 16, 30), Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(ExamDay, 16, 0), date: ExamDay).Refusal!.Boundary);
        Assert.Equal(At(ExamDay, 17, 0), Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(ExamDay, 17, 0), date: ExamDay).Refusal!.Boundary);
        Assert.Null(Decide(SessionPhase.Screening, SessionCommand.Rerun, At(Monday, 15, 45)).Refusal!.Boundary);
    }

    [Theory]
    [InlineData(SessionCommand.ManualStart, SessionPhase.Scheduled)]
    [InlineData(SessionCommand.Rerun, SessionPhase.Screened)]
    public void Decide_OnAnotherKstDay_RefusesAsNotBegunOrOver(SessionCommand command, SessionPhase phase)
    {
        // 23:59:59 KST the day before and 00:00:00 KST the day after, given as UTC instants: the KST date decides.
        var dayBefore = Decide(phase, command, At(Monday, 0, 0).AddSeconds(-1).ToUniversalTime());
        var dayAfter = Decide(phase, command, At(Monday.AddDays(1), 0, 0).ToUniversalTime());

        Assert.Equal(SessionRefusalKind.NotBegun, dayBefore.Refusal!.Kind);
        Assert.Equal("the session 2026-11-23 has not begun (it is 2026-11-22 KST)", dayBefore.Refusal.Explanation);
        Assert.Equal(SessionRefusalKind.Over, dayAfter.Refusal!.Kind);
        Assert.Equal("the session 2026-11-23 is over (it is 2026-11-24 KST)", dayAfter.Refusal.Explanation);
    }

    [Fact]
    public void Decide_InWindowGivenAsUtc_IsTheSameInstant() =>
        Assert.True(Decide(SessionPhase.Scheduled, SessionCommand.ManualStart, At(Monday, 15, 30).ToUniversalTime()).Starts);

    [Theory]
    [InlineData(SessionCommand.ManualStart, SessionPhase.Scheduled)]
    [InlineData(SessionCommand.Rerun, SessionPhase.Screened)]
    public void Decide_SessionOnAClosedDay_IsRefusedBeforeTheDateCheck(SessionCommand command, SessionPhase phase)
    {
        var decision = Decide(phase, command, At(Sunday, 15, 45), date: Sunday);

        Assert.Equal(SessionRefusalKind.NotTradingDay, decision.Refusal!.Kind);
        Assert.Equal("2026-11-22 is not a KRX trading day", decision.Refusal.Explanation);
    }
}
