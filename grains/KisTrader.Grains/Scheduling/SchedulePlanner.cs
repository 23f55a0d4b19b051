using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Time;

namespace KisTrader.Grains.Scheduling;

/// <summary>
/// The schedule's decision as a pure function: given the instant, the KRX calendar and what was already done, what is
/// due now and what comes next. Everything is in KST on the calendar's actual clock, so a special day's shifted close
/// moves both the screen and the prefetch (close − lead).
/// <list type="bullet">
/// <item>Closed days (weekends, holidays, the year-end closing day): nothing.</item>
/// <item>Screen: due from the close (inclusive) while at most <see cref="ScheduleOptions.CatchUpWindow"/> late; later it is
/// reported as <see cref="ScheduleActionKind.ScreenMissed"/> (not started) so the host logs it once.</item>
/// <item>Prefetch: due from close − lead until the close, unless done; after the close the screen fetches what it needs itself.</item>
/// <item>Each is for today's KST date only: a wake after midnight never starts yesterday's work.</item>
/// </list>
/// </summary>
public static class SchedulePlanner
{
    /// <summary>Decides what is due at <paramref name="now"/> and what comes next.</summary>
    public static SchedulePlan Plan(DateTimeOffset now, KrxCalendar calendar, ScheduleOptions options, ScheduleProgress progress)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var today = KrxTime.DateOf(now);
        var due = ImmutableArray.CreateBuilder<DueAction>();
        if (calendar.IsTradingDay(today))
        {
            var (prefetchAt, close) = Times(calendar, today, options);
            var screenHandled = progress.LastScreenDate >= today;
            var prefetchDone = progress.LastPrefetchDate >= today;
            if (!screenHandled && now >= close)
            {
                var kind = now - close <= options.CatchUpWindow ? ScheduleActionKind.Screen : ScheduleActionKind.ScreenMissed;
                due.Add(new DueAction(kind, today, close));
            }
            else if (!screenHandled && !prefetchDone && now >= prefetchAt)
            {
                due.Add(new DueAction(ScheduleActionKind.Prefetch, today, prefetchAt));
            }
        }

        return new SchedulePlan(due.ToImmutable(), Next(now, today, calendar, options, progress));
    }

    /// <summary>The prefetch instant and the close of a trading day.</summary>
    public static (DateTimeOffset PrefetchAt, DateTimeOffset Close) Times(KrxCalendar calendar, DateOnly tradingDate, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var close = KrxTime.ToKst(calendar.Sessions(tradingDate).RegularClose);
        return (close - options.PrefetchLead, close);
    }

    /// <summary>
    /// The reconciliation checkpoints (architecture.md §2): on each trading day the pre-open start (08:30), the close +
    /// <see cref="ScheduleOptions.ReconcileDelay"/> (15:35) and the after-hours end + the delay (18:05), on the day's
    /// actual clock. Due: the latest checkpoint of today at or before <paramref name="now"/> that is later than
    /// <paramref name="lastDueAt"/> (earlier missed ones are covered by it). Nothing when <see cref="ScheduleOptions.Reconcile"/> is off.
    /// </summary>
    public static ReconcilePlan PlanReconciliation(DateTimeOffset now, KrxCalendar calendar, ScheduleOptions options, DateTimeOffset? lastDueAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Reconcile)
        {
            return new ReconcilePlan(null, null);
        }

        var today = KrxTime.DateOf(now);
        DueAction? due = null;
        DueAction? next = null;
        if (calendar.IsTradingDay(today))
        {
            var checkpoints = ReconcileTimes(calendar, today, options);
            var passed = checkpoints.LastOrDefault(t => t <= now);
            if (passed != default && (lastDueAt is null || passed > lastDueAt))
            {
                due = new DueAction(ScheduleActionKind.Reconcile, today, passed);
            }

            var ahead = checkpoints.FirstOrDefault(t => t > now);
            if (ahead != default)
            {
                next = new DueAction(ScheduleActionKind.Reconcile, today, ahead);
            }
        }

        if (next is null)
        {
            try
            {
                var day = calendar.NextTradingDay(today);
                next = new DueAction(ScheduleActionKind.Reconcile, day, ReconcileTimes(calendar, day, options)[0]);
            }
            catch (InvalidOperationException)
            {
                next = null;
            }
        }

        return new ReconcilePlan(due, next);
    }

    /// <summary>The reconciliation checkpoints of a trading day, ascending (KST offset).</summary>
    public static IReadOnlyList<DateTimeOffset> ReconcileTimes(KrxCalendar calendar, DateOnly tradingDate, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var s = calendar.Sessions(tradingDate);
        return [KrxTime.ToKst(s.PreOpenStart), KrxTime.ToKst(s.RegularClose + options.ReconcileDelay), KrxTime.ToKst(s.AfterHoursEnd + options.ReconcileDelay)];
    }

    private static DueAction? Next(DateTimeOffset now, DateOnly today, KrxCalendar calendar, ScheduleOptions options, ScheduleProgress progress)
    {
        if (calendar.IsTradingDay(today))
        {
            var (prefetchAt, close) = Times(calendar, today, options);
            var screenHandled = progress.LastScreenDate >= today;
            if (!screenHandled && !(progress.LastPrefetchDate >= today) && now < prefetchAt)
            {
                return new DueAction(ScheduleActionKind.Prefetch, today, prefetchAt);
            }

            if (!screenHandled && now < close)
            {
                return new DueAction(ScheduleActionKind.Screen, today, close);
            }
        }

        DateOnly next;
        try
        {
            next = calendar.NextTradingDay(today);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return new DueAction(ScheduleActionKind.Prefetch, next, Times(calendar, next, options).PrefetchAt);
    }
}
