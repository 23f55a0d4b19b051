using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Trading.Calendar;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>The reconciliation checkpoints of the schedule: 08:30, 15:35, 18:05 KST on trading days (shifted on special days).</summary>
public sealed class ReconcilePlannerTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Suneung = new(2026, 11, 19);
    private static readonly ScheduleOptions Options = new();

    private static DateTimeOffset At(DateOnly date, int hour, int minute, int second = 0) => new(date.ToDateTime(new TimeOnly(hour, minute, second)), Kst);

    private static DueAction Reconcile(DateOnly date, int hour, int minute) => new(ScheduleActionKind.Reconcile, date, At(date, hour, minute));

    private static ReconcilePlan Plan(DateTimeOffset now, DateTimeOffset? last = null, ScheduleOptions? options = null) =>
        SchedulePlanner.PlanReconciliation(now, KrxCalendar.Default, options ?? Options, last);

    [Fact]
    public void ReconcileTimes_NormalDay_PreOpenAfterCloseAfterAfterHours() =>
        Assert.Equal([At(Monday, 8, 30), At(Monday, 15, 35), At(Monday, 18, 5)], SchedulePlanner.ReconcileTimes(KrxCalendar.Default, Monday, Options));

    [Fact]
    public void ReconcileTimes_SuneungDay_ShiftWithTheSessions() =>
        // Opens 10:00 (pre-open 09:30), closes 16:30, after-hours still ends 18:00.
        Assert.Equal([At(Suneung, 9, 30), At(Suneung, 16, 35), At(Suneung, 18, 5)], SchedulePlanner.ReconcileTimes(KrxCalendar.Default, Suneung, Options));

    [Theory]
    [InlineData(8, 29, 59, null, 8, 30)]
    [InlineData(8, 30, 0, "08:30", 15, 35)]
    [InlineData(15, 34, 59, "08:30", 15, 35)]
    [InlineData(15, 35, 0, "15:35", 18, 5)]
    [InlineData(18, 5, 0, "18:05", null, null)]
    public void NormalDay_NothingDoneYet_LatestPassedCheckpointDue(int h, int m, int s, string? due, int? nextH, int? nextM)
    {
        var plan = Plan(At(Monday, h, m, s));

        Assert.Equal(due, plan.Due?.DueAt.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(nextH is null ? Reconcile(new DateOnly(2026, 11, 24), 8, 30) : Reconcile(Monday, nextH.Value, nextM!.Value), plan.Next);
    }

    [Fact]
    public void NormalDay_CheckpointAlreadyStarted_NotDueAgain()
    {
        Assert.Null(Plan(At(Monday, 10, 0), At(Monday, 8, 30)).Due);
        Assert.Null(Plan(At(Monday, 18, 5), At(Monday, 18, 5)).Due);
        Assert.Equal(Reconcile(Monday, 15, 35), Plan(At(Monday, 15, 40), At(Monday, 8, 30)).Due);
    }

    [Fact]
    public void LateStart_MissedCheckpoints_OnlyTheLatestIsDue() =>
        Assert.Equal(Reconcile(Monday, 18, 5), Plan(At(Monday, 20, 0), At(new DateOnly(2026, 11, 20), 18, 5)).Due);

    [Fact]
    public void Weekend_NothingDue_NextIsMondaysPreOpen()
    {
        var plan = Plan(At(new DateOnly(2026, 11, 21), 10, 0));

        Assert.Null(plan.Due);
        Assert.Equal(Reconcile(Monday, 8, 30), plan.Next);
    }

    [Fact]
    public void Disabled_NothingDueNothingNext() =>
        Assert.Equal(new ReconcilePlan(null, null), Plan(At(Monday, 15, 35), options: new ScheduleOptions { Reconcile = false }));

    [Fact]
    public void ReconcileDelay_MovesTheAfterCloseCheckpoints() =>
        Assert.Equal([At(Monday, 8, 30), At(Monday, 15, 40), At(Monday, 18, 10)],
            SchedulePlanner.ReconcileTimes(KrxCalendar.Default, Monday, new ScheduleOptions { ReconcileDelay = TimeSpan.FromMinutes(10) }));
}
