using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.AfterHours;
using KisTrader.Kis.Client;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.AfterHours;

/// <summary>
/// One session's after-hours board (<see cref="IAfterHoursGrain"/>, key = the Day-1 date). Load state → ask the pure
/// <see cref="AfterHoursPlanner"/> → persist → journal and publish → hand buys to the position grains. A grain timer on
/// the injected clock fires at each checkpoint's instant (<see cref="AfterHoursSessionClock"/>) and at the session's end;
/// a durable reminder re-activates the board after a silo loss, and the activation catches up with the latest missed
/// checkpoint only. A checkpoint is persisted before its buys are handed over, and a buy is handed over (idempotently)
/// until its position accepted it: a restart neither decides a checkpoint twice nor buys a symbol twice.
/// </summary>
internal sealed partial class AfterHoursGrain(
    [PersistentState("afterhours", ProviderNames.GrainStorage)] IPersistentState<AfterHoursGrainState> state,
    AfterHoursPlanner planner,
    KrxCalendar calendar,
    IAfterHoursJournal journal,
    TradingEventPublisher events,
    IKisTrading trading,
    TimeProvider time,
    ILogger<AfterHoursGrain> logger) : Grain, IAfterHoursGrain, IRemindable
{
    private const string ReminderName = "after-hours";
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(5);
    private IGrainTimer? _timer;
    private AfterHoursSessionClock? _session;

    private DateOnly Date => GrainKeys.ParseTradingSession(this.GetPrimaryKeyString());

    private AfterHoursGrainState S => state.State;

    private AfterHoursSessionClock Session => _session ??= new AfterHoursSessionClock(planner.Options, calendar.Schedule(Date));

    private string Owner => "after-hours:" + GrainKeys.AfterHours(Date);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Started && !S.Ended)
        {
            logger.Resuming(Date, S.LastCheckpoint);
            await TickAsync();
        }
    }

    public async Task StartAsync()
    {
        if (S.Started)
        {
            return;
        }

        var screen = await GrainFactory.GetGrain<ITradingSessionGrain>(GrainKeys.TradingSession(Date)).GetScreenAsync()
            ?? throw new InvalidOperationException($"Session {Date:yyyy-MM-dd} has no finished screen.");
        var entries = WatchList.From(screen);
        var budget = screen.Allocations.Values.Sum() + screen.Unallocated;
        S.RunId = screen.RunId;
        S.AccountKey = GrainKeys.Account(trading.Account.Cano, trading.Account.ProductCode);
        S.Started = true;
        if (entries.Count == 0 || budget <= 0m)
        {
            S.Ended = true;
            await state.WriteStateAsync();
            await PublishAsync(AfterHoursChange.Ended, null, null, []);
            return;
        }

        S.Apply(planner.Start(entries.Select(e => e.Entry), budget), entries.ToDictionary(e => e.Entry.Code, e => (e.Name, e.Score), StringComparer.Ordinal));
        await state.WriteStateAsync();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Started(Date, S.Codes(r => r.Status == nameof(WatchStatus.Monitored)).Length, S.Codes(r => r.Status == nameof(WatchStatus.Backup)).Length, budget);
        }
        await this.RegisterOrUpdateReminder(ReminderName, ReminderPeriod, ReminderPeriod);
        await WatchActiveAsync();
        await RecordWatchListAsync();
        await PublishAsync(AfterHoursChange.Started, null, null, S.Codes(_ => true));
        await TickAsync();
    }

    public ValueTask<bool> IsStartedAsync() => ValueTask.FromResult(S.Started);

    public ValueTask<AfterHoursView> GetAsync() => ValueTask.FromResult(S.ToView(Date));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!S.Started || S.Ended)
        {
            await StopReminderAsync();
            return;
        }

        await TickAsync();
    }

    /// <summary>Evaluates the due checkpoint, retries unhanded buys, ends the session when over, and arms the next timer.</summary>
    private async Task TickAsync()
    {
        var now = time.GetUtcNow();
        if (Session.DueCheckpoint(now, S.LastCheckpoint) is { } due)
        {
            await EvaluateAsync(due);
        }

        await HandBuysAsync();
        if (Session.IsOver(time.GetUtcNow()))
        {
            await EndAsync();
            return;
        }

        Arm();
    }

    /// <summary>
    /// Arms the timer for the first checkpoint after the last one evaluated (else the session's end), measured from
    /// the board's state and not from "now": the clock may have passed that instant while this turn ran (a simulated
    /// clock jumps; a slow turn at 600×), and the timer then fires at once instead of skipping the checkpoint.
    /// </summary>
    private void Arm()
    {
        _timer?.Dispose();
        _timer = null;
        var last = S.LastCheckpoint;
        var at = Session.SessionEnd;
        foreach (var c in Session.Checkpoints)
        {
            if (last is null || c.BaseTime > last.Value)
            {
                at = c.At;
                break;
            }
        }

        var wait = at - time.GetUtcNow();
        _timer = this.RegisterGrainTimer(
            static (grain, _) => grain.TickAsync(),
            this,
            new GrainTimerCreationOptions(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true, Interleave = false });
    }

    private async Task EndAsync()
    {
        _timer?.Dispose();
        _timer = null;
        S.Ended = true;
        await state.WriteStateAsync();
        foreach (var r in S.Symbols.Where(r => r.Watched))
        {
            await UnwatchAsync(r);
        }

        await state.WriteStateAsync();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.Ended(Date, S.Codes(r => r.Status == nameof(WatchStatus.Bought)).Length, S.Committed);
        }
        await PublishAsync(AfterHoursChange.Ended, null, null, S.Codes(r => r.Status == nameof(WatchStatus.Bought)));
        await StopReminderAsync();
    }

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
