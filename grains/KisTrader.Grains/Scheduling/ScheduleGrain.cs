using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Sessions;
using KisTrader.Trading.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Scheduling;

/// <summary>
/// The KRX schedule singleton. A durable reminder (every <see cref="ScheduleOptions.TickPeriod"/>, aligned to whole
/// minutes) wakes it; each wake refreshes the calendar from the broker at most once a day (real profile only), asks
/// <see cref="SchedulePlanner"/> what is due and does it: the prefetch before the close, the screen at the close, or
/// logs a screen that is too late to start. What was done is persisted before the wake ends, and the session calls are
/// idempotent, so a second wake (or a crash between the call and the write) starts nothing twice. A session whose
/// screen was started and has not finished is asked for its status on every wake: that activates it after a silo
/// restart, and its activation resumes the screen. Every action taken (or given up) is persisted, then journaled and
/// published (<see cref="ScheduleActionTaken"/>, subject <see cref="GrainKeys.Schedule"/>).
/// </summary>
internal sealed class ScheduleGrain(
    [PersistentState("schedule", ProviderNames.GrainStorage)] IPersistentState<ScheduleState> state,
    KrxCalendar calendar,
    IKisMarketData marketData,
    IOptions<ScheduleOptions> options,
    IOptions<KisOptions> kis,
    TradingEventPublisher events,
    TimeProvider time,
    ILogger<ScheduleGrain> logger) : Grain, IScheduleGrain, IRemindable
{
    private const string ReminderName = GrainKeys.ScheduleReminder;

    private bool _resumeLogged;
    private IGrainTimer? _exact;

    private ScheduleState S => state.State;

    private ScheduleOptions O => options.Value;

    public async Task<ScheduleStatus> EnsureStartedAsync()
    {
        if (await this.GetReminder(ReminderName) is null)
        {
            // Aligned to whole minutes, so that a wake falls exactly on 15:30:00 (and on a shifted close).
            var now = time.GetUtcNow();
            var due = TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(now.Ticks % TimeSpan.TicksPerMinute);
            var firstWake = KrxTime.ToKst(now + due);
            await this.RegisterOrUpdateReminder(ReminderName, due, O.TickPeriod);
            logger.ReminderRegistered(firstWake, O.TickPeriod);
        }

        return await TickAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    public async Task<ScheduleStatus> TickAsync()
    {
        await RefreshCalendarIfDueAsync();
        var now = time.GetUtcNow();
        var effective = Calendar();
        var plan = SchedulePlanner.Plan(now, effective, O, new ScheduleProgress(S.LastPrefetchDate, S.LastScreenDate));
        foreach (var action in plan.Due)
        {
            await RunAsync(action, now);
        }

        await WatchSessionAsync(now, effective);
        var reconcile = SchedulePlanner.PlanReconciliation(now, effective, O, S.LastReconcileDueAt);
        if (reconcile.Due is { } due)
        {
            await ReconcileAsync(due);
        }

        ArmExactWake(now, reconcile.Next is { } r && (plan.Next is null || r.DueAt < plan.Next.DueAt) ? r : plan.Next);
        return Status(now, effective);
    }

    public ValueTask<ScheduleStatus> GetStatusAsync()
    {
        var now = time.GetUtcNow();
        return ValueTask.FromResult(Status(now, Calendar()));
    }

    // The reminder is the durable wake, but its ticks may drift by a little; when the next action falls before the next
    // reminder tick, a one-shot timer wakes the grain exactly at it (15:30:00.000). A lost timer costs one tick at most.
    private void ArmExactWake(DateTimeOffset now, DueAction? next)
    {
        if (next is null || next.DueAt <= now || next.DueAt - now > O.TickPeriod)
        {
            return;
        }

        _exact?.Dispose();
        _exact = this.RegisterGrainTimer(
            static (ScheduleGrain self, CancellationToken _) => self.TickAsync(),
            this,
            new GrainTimerCreationOptions(next.DueAt - now, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    // Started one-way: the reconciliation grain reports to the account's risk grain (a failed run halts entries there,
    // fail-closed), so the wake stays short. Marked done when started; a lost start is covered by the next checkpoint
    // and by the risk grain's own reconciliation on activation.
    private async Task ReconcileAsync(DueAction due)
    {
        if (kis.Value.AccountNumber is { Length: > 0 } cano)
        {
            await GrainFactory.GetGrain<IReconciliationGrain>(GrainKeys.Account(cano, kis.Value.AccountProductCode)).StartAsync("schedule");
        }

        logger.ReconcileStarted(due.DueAt, kis.Value.AccountNumber is { Length: > 0 });
        S.LastReconcileDueAt = due.DueAt;
        await state.WriteStateAsync();
    }

    private KrxCalendar Calendar() => S.BrokerDays.Count == 0 ? calendar : calendar.WithBrokerDays(S.BrokerDays.Select(d => d.ToInfo()));

    private ScheduleStatus Status(DateTimeOffset now, KrxCalendar effective)
    {
        var next = SchedulePlanner.Plan(now, effective, O, new ScheduleProgress(S.LastPrefetchDate, S.LastScreenDate)).Next;
        return new ScheduleStatus(KrxTime.ToKst(now), next?.Kind, next?.TradingDate, next?.DueAt, [.. S.History], S.CalendarRefreshedOn, S.BrokerDays.Count);
    }

    private async Task RunAsync(DueAction action, DateTimeOffset now)
    {
        var session = GrainFactory.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(action.TradingDate));
        ScheduleActionResult result;
        try
        {
            switch (action.Kind)
            {
                case ScheduleActionKind.Prefetch:
                    result = ScheduleActionResult.Answered(ScheduleResultKind.SessionAnswered, await session.PrefetchAsync());
                    S.LastPrefetchDate = action.TradingDate;
                    break;
                case ScheduleActionKind.Screen:
                    result = ScheduleActionResult.Answered(ScheduleResultKind.SessionAnswered, await session.StartScreeningAsync(ScreeningStart.Schedule));
                    S.LastScreenDate = action.TradingDate;
                    S.WatchedSession = action.TradingDate;
                    // This activation started it: finding it screening on a later wake is no resume.
                    _resumeLogged = true;
                    break;
                default:
                    logger.ScreenMissed(action.TradingDate, action.DueAt, now - action.DueAt, O.CatchUpWindow);
                    result = new ScheduleActionResult(ScheduleResultKind.TooLate, Late: now - action.DueAt, Limit: O.CatchUpWindow);
                    S.LastScreenDate = action.TradingDate;
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not marked done: the next wake tries again (a screen only within the catch-up window).
            logger.ActionFailed(e, action.Kind, action.TradingDate);
            await RecordAsync(action.Kind, action.TradingDate, action.DueAt, now, new ScheduleActionResult(ScheduleResultKind.CallFailed, ErrorType: e.GetType().Name));
            return;
        }

        await RecordAsync(action.Kind, action.TradingDate, action.DueAt, now, result);
    }

    private async Task WatchSessionAsync(DateTimeOffset now, KrxCalendar effective)
    {
        if (S.WatchedSession is not { } date)
        {
            return;
        }

        var session = GrainFactory.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(date));
        var status = await session.GetStatusAsync();
        if (status.Phase == SessionPhase.Scheduled && !effective.IsTradingDay(date))
        {
            // The broker closed the day after its screen had started (a calendar refresh): nothing to restart.
            S.WatchedSession = null;
            await state.WriteStateAsync();
            return;
        }

        switch (status.Phase)
        {
            case SessionPhase.Screening when !_resumeLogged:
                // The first wake of this activation (e.g. after a silo restart) found the screen still running: the call
                // above activated the session where needed, and its activation resumes at the first unfinished stage.
                _resumeLogged = true;
                await RecordAsync(ScheduleActionKind.ResumeScreen, date, now, now, new ScheduleActionResult(ScheduleResultKind.FoundScreening, status.Phase, status.Attempts, status.Stages.Length));
                break;
            case SessionPhase.Screening:
                break;
            case SessionPhase.Scheduled:
                // The screen failed and the session went back to scheduled with its finished stages: start it again
                // while the catch-up window lasts (it resumes from those stages), otherwise stop watching.
                var (_, close) = SchedulePlanner.Times(effective, date, O);
                if (KrxTime.DateOf(now) == date && now - close <= O.CatchUpWindow)
                {
                    logger.SessionFailed(date, status.LastError ?? "unknown", "starting it again");
                    var again = await session.StartScreeningAsync(ScreeningStart.Schedule);
                    await RecordAsync(ScheduleActionKind.ResumeScreen, date, close, now, ScheduleActionResult.Answered(ScheduleResultKind.RestartedAfterFailure, again));
                }
                else
                {
                    logger.SessionFailed(date, status.LastError ?? "unknown", "not started again (outside the catch-up window)");
                    S.WatchedSession = null;
                    await RecordAsync(ScheduleActionKind.ScreenMissed, date, close, now, new ScheduleActionResult(ScheduleResultKind.NotRestarted, status.Phase, status.Attempts, SessionError: status.LastError));
                }

                break;
            default:
                S.WatchedSession = null;
                await state.WriteStateAsync();
                break;
        }
    }

    private async Task RefreshCalendarIfDueAsync()
    {
        var today = KrxTime.DateOf(time.GetUtcNow());
        if (!O.RefreshCalendar || kis.Value.Environment != KisEnvironment.Real || S.CalendarAttemptOn == today)
        {
            return;
        }

        // At most one attempt a day, success or not: chk-holiday is meant to be called about once a day.
        S.CalendarAttemptOn = today;
        var fresh = new List<ScheduleBrokerDay>();
        using var timeout = new CancellationTokenSource(O.CalendarRefreshTimeout, time);
        try
        {
            await foreach (var day in marketData.GetMarketDaysAsync(new HolidayRequest(today), KisLane.Screening, timeout.Token))
            {
                fresh.Add(new ScheduleBrokerDay(day.Date, day.IsBusinessDay, day.IsTransactionDay, day.IsOpen, day.IsSettlementDay));
                if (fresh.Count >= O.CalendarDays)
                {
                    break;
                }
            }
        }
        catch (Exception e)
        {
            // The built-in table (and the broker days kept from earlier refreshes) stays in force.
            var failed = timeout.IsCancellationRequested
                ? new ScheduleActionResult(ScheduleResultKind.CalendarRefreshTimedOut, Limit: O.CalendarRefreshTimeout, BrokerDays: S.BrokerDays.Count)
                : new ScheduleActionResult(ScheduleResultKind.CalendarRefreshFailed, ErrorType: e.GetType().Name, BrokerDays: S.BrokerDays.Count);
            logger.CalendarRefreshFailed(e, failed.Kind, S.BrokerDays.Count);
            var at = time.GetUtcNow();
            await RecordAsync(ScheduleActionKind.CalendarRefresh, today, at, at, failed);
            return;
        }

        var freshDates = fresh.Select(d => d.Date).ToHashSet();
        S.BrokerDays = [.. S.BrokerDays.Where(d => d.Date >= today.AddDays(-7) && !freshDates.Contains(d.Date)).Concat(fresh).OrderBy(d => d.Date)];
        S.CalendarRefreshedOn = today;
        logger.CalendarRefreshed(fresh.Count, today);
        var now = time.GetUtcNow();
        await RecordAsync(ScheduleActionKind.CalendarRefresh, today, now, now, new ScheduleActionResult(ScheduleResultKind.CalendarRefreshed, BrokerDays: fresh.Count));
    }

    private async Task RecordAsync(ScheduleActionKind kind, DateOnly date, DateTimeOffset dueAt, DateTimeOffset doneAt, ScheduleActionResult result)
    {
        var view = new ScheduleActionView(kind, date, KrxTime.ToKst(dueAt), KrxTime.ToKst(doneAt), result);
        logger.ActionTaken(kind, date, view.DueAt, result);
        S.History.Insert(0, view);
        if (S.History.Count > O.HistoryLength)
        {
            S.History.RemoveRange(O.HistoryLength, S.History.Count - O.HistoryLength);
        }

        await state.WriteStateAsync();
        await events.PublishAsync(new ScheduleActionTaken(view), doneAt);
    }
}
