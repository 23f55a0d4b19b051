using KisTrader.GrainInterfaces;
using KisTrader.Grains.Scheduling;
using KisTrader.Trading.Calendar;

namespace KisTrader.Grains.Tests.Scheduling;

/// <summary>The schedule's pure decision: what is due at an instant on the KRX calendar, and what comes next.</summary>
public sealed class SchedulePlannerTests
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly KrxCalendar Calendar = KrxCalendar.Default;
    private static readonly ScheduleOptions Options = new();

    private static DateTimeOffset At(DateOnly date, int hour, int minute, int second = 0) => new(date.ToDateTime(new TimeOnly(hour, minute, second)), Kst);

    private static SchedulePlan Plan(DateTimeOffset now, ScheduleProgress? progress = null, KrxCalendar? calendar = null, ScheduleOptions? options = null) =>
        SchedulePlanner.Plan(now, calendar ?? Calendar, options ?? Options, progress ?? ScheduleProgress.None);

    [Fact]
    public void NormalDay_BeforePrefetch_NothingDue_NextIsPrefetchAt1430()
    {
        var plan = Plan(At(Monday, 14, 29, 59));
        Assert.Empty(plan.Due);
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, Monday, At(Monday, 14, 30)), plan.Next);
    }

    [Fact]
    public void NormalDay_At1430_PrefetchDue_NextIsScreenAt1530()
    {
        var plan = Plan(At(Monday, 14, 30));
        Assert.Equal([new DueAction(ScheduleActionKind.Prefetch, Monday, At(Monday, 14, 30))], plan.Due);
        Assert.Equal(new DueAction(ScheduleActionKind.Screen, Monday, At(Monday, 15, 30)), plan.Next);
    }

    [Fact]
    public void NormalDay_PrefetchDone_NotDueAgain()
    {
        var plan = Plan(At(Monday, 15, 0), new ScheduleProgress(Monday, null));
        Assert.Empty(plan.Due);
        Assert.Equal(new DueAction(ScheduleActionKind.Screen, Monday, At(Monday, 15, 30)), plan.Next);
    }

    [Fact]
    public void At152959_ScreenNotDue_PrefetchCatchesUpWhenMissing()
    {
        Assert.Empty(Plan(At(Monday, 15, 29, 59), new ScheduleProgress(Monday, null)).Due);
        Assert.Equal([ScheduleActionKind.Prefetch], Plan(At(Monday, 15, 29, 59)).Due.Select(d => d.Kind));
    }

    [Fact]
    public void Exactly153000_ScreenDue()
    {
        var plan = Plan(At(Monday, 15, 30), new ScheduleProgress(Monday, null));
        Assert.Equal([new DueAction(ScheduleActionKind.Screen, Monday, At(Monday, 15, 30))], plan.Due);
    }

    [Fact]
    public void AfterClose_NoPrefetchEvenIfMissed_OnlyTheScreen()
    {
        Assert.Equal([ScheduleActionKind.Screen], Plan(At(Monday, 15, 30)).Due.Select(d => d.Kind));
    }

    [Fact]
    public void ScreenDone_NothingDue_NextIsTomorrowsPrefetch()
    {
        var plan = Plan(At(Monday, 15, 30), new ScheduleProgress(Monday, Monday));
        Assert.Empty(plan.Due);
        var tuesday = Monday.AddDays(1);
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, tuesday, At(tuesday, 14, 30)), plan.Next);
    }

    [Theory]
    [InlineData(15, 32, 0, ScheduleActionKind.Screen)] // two minutes late: still starts
    [InlineData(15, 40, 0, ScheduleActionKind.Screen)] // exactly at the end of the 10-minute window
    [InlineData(15, 40, 1, ScheduleActionKind.ScreenMissed)]
    [InlineData(18, 30, 0, ScheduleActionKind.ScreenMissed)] // hours late: not started, logged
    [InlineData(23, 59, 59, ScheduleActionKind.ScreenMissed)]
    public void CatchUp_WithinWindowStarts_LaterIsMissed(int hour, int minute, int second, ScheduleActionKind expected)
    {
        var plan = Plan(At(Monday, hour, minute, second), new ScheduleProgress(Monday, null));
        var due = Assert.Single(plan.Due);
        Assert.Equal(expected, due.Kind);
        Assert.Equal(At(Monday, 15, 30), due.DueAt);
    }

    [Fact]
    public void ZeroCatchUpWindow_OnlyTheExactInstant()
    {
        var options = new ScheduleOptions { CatchUpWindow = TimeSpan.Zero };
        Assert.Equal(ScheduleActionKind.Screen, Assert.Single(Plan(At(Monday, 15, 30), options: options).Due).Kind);
        Assert.Equal(ScheduleActionKind.ScreenMissed, Assert.Single(Plan(At(Monday, 15, 30, 1), options: options).Due).Kind);
    }

    [Fact]
    public void AfterMidnight_YesterdaysMissedScreenIsNotStarted()
    {
        var tuesday = Monday.AddDays(1);
        var plan = Plan(At(tuesday, 0, 5), new ScheduleProgress(Monday.AddDays(-3), Monday.AddDays(-3)));
        Assert.Empty(plan.Due);
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, tuesday, At(tuesday, 14, 30)), plan.Next);
    }

    [Theory]
    [InlineData(14, 30)]
    [InlineData(15, 30)]
    [InlineData(15, 35)]
    public void Weekend_NothingDue_NextIsMondaysPrefetch(int hour, int minute)
    {
        var saturday = new DateOnly(2026, 11, 28);
        foreach (var day in new[] { saturday, saturday.AddDays(1) })
        {
            var plan = Plan(At(day, hour, minute));
            Assert.Empty(plan.Due);
            Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, new DateOnly(2026, 11, 30), At(new DateOnly(2026, 11, 30), 14, 30)), plan.Next);
        }
    }

    [Fact]
    public void Holiday_NothingDue_NextIsTheFollowingTradingDay()
    {
        var hangeul = new DateOnly(2026, 10, 9); // Friday, 한글날
        var plan = Plan(At(hangeul, 15, 30));
        Assert.Empty(plan.Due);
        Assert.Equal(new DateOnly(2026, 10, 12), plan.Next!.TradingDate);
    }

    [Fact]
    public void YearEndClosingDay_NothingDue_NextIsFirstTradingDayOfTheYear_WhoseCloseIsNormal()
    {
        var yearEnd = new DateOnly(2026, 12, 31);
        var plan = Plan(At(yearEnd, 15, 30));
        Assert.Empty(plan.Due);
        var first = new DateOnly(2027, 1, 4); // 01-01 holiday, 01-02/03 weekend; late open, normal close
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, first, At(first, 14, 30)), plan.Next);
        Assert.Equal([ScheduleActionKind.Screen], Plan(At(first, 15, 30), new ScheduleProgress(first, null)).Due.Select(d => d.Kind));
    }

    [Fact]
    public void ExamDay_CloseShiftsTo1630_ScreenAndPrefetchShift()
    {
        var exam = new DateOnly(2026, 11, 19);
        Assert.Empty(Plan(At(exam, 15, 29, 59)).Due);
        Assert.Equal(new DueAction(ScheduleActionKind.Prefetch, exam, At(exam, 15, 30)), Plan(At(exam, 15, 29, 59)).Next);
        // 15:30 is the prefetch on this day, not the screen.
        Assert.Equal([new DueAction(ScheduleActionKind.Prefetch, exam, At(exam, 15, 30))], Plan(At(exam, 15, 30)).Due);
        var done = new ScheduleProgress(exam, null);
        Assert.Empty(Plan(At(exam, 16, 29, 59), done).Due);
        Assert.Equal(new DueAction(ScheduleActionKind.Screen, exam, At(exam, 16, 30)), Plan(At(exam, 16, 29, 59), done).Next);
        Assert.Equal([new DueAction(ScheduleActionKind.Screen, exam, At(exam, 16, 30))], Plan(At(exam, 16, 30), done).Due);
        Assert.Equal(ScheduleActionKind.ScreenMissed, Assert.Single(Plan(At(exam, 16, 40, 1), done).Due).Kind);
    }

    [Fact]
    public void ConfiguredSpecialDay_CloseShift_Honoured()
    {
        var calendar = new KrxCalendar(new CalendarOptions
        {
            SpecialDays = [new SpecialScheduleDay { Date = Monday, CloseShift = TimeSpan.FromMinutes(30), Name = "test" }],
        });
        var done = new ScheduleProgress(Monday, null);
        Assert.Empty(Plan(At(Monday, 15, 30), done, calendar).Due);
        Assert.Equal(At(Monday, 16, 0), Plan(At(Monday, 15, 30), done, calendar).Next!.DueAt);
        Assert.Equal(ScheduleActionKind.Screen, Assert.Single(Plan(At(Monday, 16, 0), done, calendar).Due).Kind);
    }

    [Fact]
    public void BrokerClosesAWeekday_NothingDue()
    {
        var calendar = Calendar.WithBrokerDays([new BrokerDayInfo(Monday, false, false, false, false)]);
        Assert.Empty(Plan(At(Monday, 15, 30), calendar: calendar).Due);
        Assert.Equal(Monday.AddDays(1), Plan(At(Monday, 15, 30), calendar: calendar).Next!.TradingDate);
    }

    [Fact]
    public void ConfiguredLead_MovesThePrefetch()
    {
        var options = new ScheduleOptions { PrefetchLead = TimeSpan.FromHours(2) };
        Assert.Empty(Plan(At(Monday, 13, 29, 59), options: options).Due);
        Assert.Equal(At(Monday, 13, 30), Assert.Single(Plan(At(Monday, 13, 30), options: options).Due).DueAt);
    }

    [Fact]
    public void UtcInstant_IsReadInKst()
    {
        // 06:30:00Z is 15:30:00 KST.
        var plan = Plan(new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero), new ScheduleProgress(Monday, null));
        Assert.Equal(ScheduleActionKind.Screen, Assert.Single(plan.Due).Kind);
        // 15:30 UTC on Monday is already Tuesday 00:30 KST: nothing for Monday any more.
        Assert.Empty(Plan(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.Zero), new ScheduleProgress(Monday, null)).Due);
    }
}
