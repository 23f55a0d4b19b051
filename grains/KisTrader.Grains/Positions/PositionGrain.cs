using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Positions;

/// <summary>
/// One position (<see cref="IPositionGrain"/>, key entry date + code) from its Day-1 after-hours buy to its Day-2 exit:
/// load state → call the pure rules (<c>ExitPolicy</c>, <c>ExitOrderManager</c>, <c>ExitSchedule</c>, <c>PositionLedger</c>)
/// → persist → publish <see cref="PositionChanged"/>. Orders go through <see cref="IOrderGrain"/>s with deterministic
/// client ids (<see cref="GrainKeys.PositionOrder"/>); each order is persisted here before its grain is called, and a
/// placement that got no answer is placed again by the next wake (the order grain is idempotent on its intent).
/// <para>
/// Quotes: the position follows its symbol grain, which hands it every trade in order, in batches coalesced by the silo's
/// tick dispatcher (one call in flight per grain; see PositionGrain.Quotes.cs and Realtime/README.md): a tick reaches the
/// rules in two in-silo grain calls, with no stream queue or pulling-agent poll in between. The follow is persisted by the
/// symbol grain and removed when the position ends. Timers never depend on ticks: every window boundary and conversion
/// instant has its own timer, and open orders are re-read on a timer.
/// </para>
/// </summary>
internal sealed partial class PositionGrain(
    [PersistentState("position", ProviderNames.GrainStorage)] IPersistentState<PositionState> state,
    PositionSettings settings,
    KrxCalendar calendar,
    IPositionJournal positions,
    ITradeJournal trades,
    TradingEventPublisher events,
    TimeProvider clock,
    ILogger<PositionGrain> logger) : Grain, IPositionGrain, IRemindable
{
    /// <summary>Who the strategy's own orders are requested by.</summary>
    public const string Strategy = "strategy";

    private PositionState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    private string Code => GrainKeys.ParsePosition(Key).Code;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        GrainKeys.ParsePosition(Key);
        _activatedAt = clock.GetUtcNow();
        await ResumeQuotesAsync();
        if (S.Status is PositionStatus.Entering or PositionStatus.Open)
        {
            // The first wake comes at once (nothing evaluated yet in this activation): it re-reads the orders and settles
            // what a lost activation saved but did not settle (SettleIfPendingAsync).
            await EnsureWakeReminderAsync();
            ArmWake();
        }
    }

    public async Task<PositionView> EnterAsync(PositionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (date, code) = GrainKeys.ParsePosition(Key);
        if (entry.EntryDate != date || !string.Equals(entry.Symbol, code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The entry is of {entry.EntryDate:yyyy-MM-dd}/{entry.Symbol}, not of position {Key}.", nameof(entry));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(entry.Quantity);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(entry.LimitPrice);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.AccountKey);
        var now = clock.GetUtcNow();
        if (S.Entry is { } existing)
        {
            if (existing != entry)
            {
                throw new InvalidOperationException($"Position {Key} already has a different entry (one buy per symbol per session).");
            }

            await PlaceUnansweredAsync();
            return View(now);
        }

        var intent = new OrderIntent(GrainKeys.PositionOrder(Key, 'B', 1), entry.EntryDate, entry.AccountKey, entry.Symbol, OrderSide.Buy,
            OrderKind.AfterHoursSinglePrice, entry.Quantity, entry.LimitPrice, OrderPurpose.Entry, Key, entry.Checkpoint.ToString("HH\\:mm", System.Globalization.CultureInfo.InvariantCulture), Strategy);
        S.Entry = entry;
        S.Status = PositionStatus.Entering;
        S.ExitDate = calendar.NextTradingDay(entry.EntryDate);
        S.Orders.Add(new PositionOrder { Intent = intent, DecidedAt = now });
        // Tracked from the entry on, not only once it fills: a working buy is what "halt entries" cancels, and what the
        // reconciliation must find explained by a position.
        S.RiskToldOpen = true;
        await SaveAsync(now);
        logger.Entered(Key, entry.Quantity, entry.LimitPrice, S.ExitDate.Value);
        await TellRiskAsync(true);
        await PublishAsync(PositionChange.EntryPlaced, now, S.Orders[0]);
        await PlaceAsync(S.Orders[0]);
        ArmWake();
        return View(clock.GetUtcNow());
    }

    public async Task OnOrderChangedAsync(OrderView order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (await ApplyAsync(order))
        {
            // Acts on the change at once; the schedule's instants stay the wakes' (_evaluatedAt is theirs).
            await EvaluateAsync(clock.GetUtcNow());
        }

        ArmWake();
    }

    public async Task<PositionView> CancelEntryAsync(string requestedBy, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var buy = S.Orders.FirstOrDefault(o => o.IsBuy);
        if (buy is null || buy.Finished)
        {
            return View(clock.GetUtcNow());
        }

        var now = clock.GetUtcNow();
        logger.EntryCancelRequested(Key, requestedBy, reason);
        await PublishAsync(PositionChange.EntryCancelRequested, now, buy, requestedBy: requestedBy, reason: reason);
        try
        {
            await ApplyAsync(await GrainFactory.GetGrain<IOrderGrain>(buy.Id).CancelAsync(reason));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.OrderCallFailed(e, Key, buy.Id, "Cancel");
            throw;
        }

        ArmWake();
        return View(clock.GetUtcNow());
    }

    public async Task<PositionView> FlattenAsync(string requestedBy, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (S.Status is PositionStatus.None or PositionStatus.Closed or PositionStatus.Abandoned)
        {
            return View(clock.GetUtcNow());
        }

        var now = clock.GetUtcNow();
        if (S.FlattenBy is null)
        {
            S.FlattenBy = requestedBy;
            S.FlattenReason = reason;
            await SaveAsync(now);
            logger.FlattenRequested(Key, requestedBy, reason);
            await PublishAsync(PositionChange.FlattenRequested, now, null, requestedBy: requestedBy, reason: reason);
        }

        if (S.Orders.FirstOrDefault(o => o.IsBuy) is { Finished: false })
        {
            await CancelEntryAsync(requestedBy, reason);
        }

        await WakeAsync();
        return View(clock.GetUtcNow());
    }

    public ValueTask<PositionView> GetAsync() => ValueTask.FromResult(View(clock.GetUtcNow()));

    public Task ReceiveReminder(string reminderName, TickStatus status) => WakeAsync();

    private PositionView View(DateTimeOffset now)
    {
        var ledger = Ledger();
        var unrealized = ledger.Quantity > 0 && S.LastPrice is > 0 ? ledger.Valuation(S.LastPrice.Value, settings.Costs).UnrealisedPnL : 0m;
        return new PositionView(Key, S.Entry, S.Status, ledger.Quantity, ledger.AveragePrice, S.LastPrice, unrealized, ledger.RealisedPnL,
            [.. S.Orders.Select(o => o.Id)], S.UpdatedAt == default ? now : S.UpdatedAt);
    }

    private PositionLedger Ledger() => PositionLedgers.Build(Code, S.Fills, settings.Costs);

    private Task SaveAsync(DateTimeOffset now)
    {
        S.UpdatedAt = now;
        return state.WriteStateAsync();
    }
}
