using KisTrader.GrainInterfaces;
using KisTrader.Grains.Risk;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Kis.Client;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Orders;

/// <summary>
/// One order (<see cref="IOrderGrain"/>, key = the client order id): load state → the pure <see cref="OrderLifecycle"/>
/// and <see cref="OrderFillLedger"/> → persist → journal and publish (<see cref="OrderChanged"/>) → tell the owner.
/// The intent is in grain state and the journal before the POST; an unknown outcome is looked up before any resubmission;
/// fills come from the account's <see cref="IOrderBookGrain"/> (notices) and from this grain's own polls of the daily
/// executions, each counted once. A timer (kept alive while the order works) retries, looks up, polls, and expires the
/// order after its session's end; a durable reminder (<see cref="WakeReminder"/>) held while it is unfinished brings it
/// back after a deactivation or the loss of its silo.
/// </summary>
internal sealed partial class OrderGrain(
    [PersistentState("order", ProviderNames.GrainStorage)] IPersistentState<OrderGrainState> state,
    IKisTrading trading,
    IOrderGate gate,
    IOrderJournal journal,
    TradingEventPublisher events,
    KrxCalendar calendar,
    SubmissionFailurePolicy retries,
    IOptions<OrderOptions> options,
    TimeProvider clock,
    ILogger<OrderGrain> logger) : Grain, IOrderGrain
{
    private IGrainTimer? _timer;

    private string Key => this.GetPrimaryKeyString();

    private OrderGrainState S => state.State;

    private OrderOptions O => options.Value;

    private OrderIntent Intent => S.Intent ?? throw new InvalidOperationException($"order {Key} has no intent");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A crash between persisting "submitting" and the broker's answer: the order may exist. Look it up first.
        if (S.Intent is not null && S.State == OrderState.Submitting)
        {
            S.DueAt = clock.GetUtcNow();
            await ChangeAsync(OrderEvent.OutcomeUnknown, OrderChange.OutcomeUnknown, "RESTARTED", "activation found the POST unanswered");
        }
        else if (S.Intent is not null && S.State is OrderState.Accepted or OrderState.PartiallyFilled && S.DueAt is null)
        {
            // Working at the broker while this order was away (deactivated, or its silo lost): poll at once, so fills made
            // meanwhile are counted now (each once: the ledger holds what was counted before).
            S.DueAt = clock.GetUtcNow();
        }
        else
        {
            ResumeUnsent();
        }

        Arm();
    }

    public ValueTask<OrderView> GetAsync() => ValueTask.FromResult(OrderMapping.View(S));

    public async Task<OrderView> PlaceAsync(OrderIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        Validate(intent);
        if (S.Intent is { } existing)
        {
            if (existing != intent)
            {
                throw new InvalidOperationException($"Order {Key} already holds a different intent; a new order needs a new client order id.");
            }

            // Same intent: the same order. Only an intent never handed over (e.g. the database was down) is sent now,
            // after the records the first attempt could not make.
            if (S.State == OrderState.Intent && S.Submissions == 0 && S.DueAt is null)
            {
                if (!S.IntentRecorded)
                {
                    await RecordIntentAsync(existing);
                }

                await SendAsync();
            }

            return OrderMapping.View(S);
        }

        S.Intent = intent;
        S.OrderId = OrderMapping.JournalId(Key);
        S.State = OrderState.Intent;
        await RecordIntentAsync(intent);
        await SendAsync();
        return OrderMapping.View(S);
    }

    /// <summary>
    /// The grain state, the reminder and both journal records of the intent exist before anything is sent: a failure
    /// here (the database down) stops the order (fail closed) with <see cref="OrderGrainState.IntentRecorded"/> unset, so
    /// the same intent placed again makes them all (each write is idempotent) before it is sent; without that, the
    /// order would go out with no journal row (and its submissions and fills, which reference it, lost too). The
    /// reminder brings the order back after a silo loss, wherever it is then.
    /// </summary>
    private async Task RecordIntentAsync(OrderIntent intent)
    {
        var now = clock.GetUtcNow();
        S.UpdatedAt = now;
        await state.WriteStateAsync();
        await WakeAsync();
        await journal.RecordOrderAsync(new OrderRecord(S.OrderId, intent, now));
        S.IntentRecorded = true;
        await ChangeAsync(null, OrderChange.Created);
    }

    private void Validate(OrderIntent intent)
    {
        if (!string.Equals(intent.ClientOrderId, Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The intent's client order id {intent.ClientOrderId} is not this order's {Key}.", nameof(intent));
        }

        if (intent.Quantity <= 0)
        {
            throw new ArgumentException("The quantity must be positive.", nameof(intent));
        }

        if (intent.Kind == OrderKind.Market ? intent.LimitPrice is not null : intent.LimitPrice is not > 0)
        {
            throw new ArgumentException($"A {intent.Kind} order needs {(intent.Kind == OrderKind.Market ? "no" : "a positive")} limit price.", nameof(intent));
        }

        var account = GrainKeys.Account(trading.Account.Cano, trading.Account.ProductCode);
        if (!string.Equals(intent.AccountKey, account, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The intent's account {intent.AccountKey} is not the traded account {account}.", nameof(intent));
        }

        _ = GrainKeys.ParseSymbol(intent.Symbol);
        if (!calendar.IsTradingDay(intent.TradingDate))
        {
            // Refused before anything is persisted: KRX has no session that day (weekend, holiday, year-end closing).
            throw new ArgumentException($"{intent.TradingDate:yyyy-MM-dd} is not a KRX trading day: no order can be placed for it.", nameof(intent));
        }
    }

    /// <summary>Applies <paramref name="e"/> (when given), persists, journals the state, publishes and tells the owner.</summary>
    /// <returns>False when the event did not apply (nothing changed).</returns>
    private async Task<bool> ChangeAsync(OrderEvent? e, OrderChange change, string? code = null, string? detail = null, bool alert = false, LedgerFill? fill = null)
    {
        var now = clock.GetUtcNow();
        var before = S.State;
        if (e is { } ev)
        {
            var next = OrderLifecycle.Next(before, ev);
            if (!next.Allowed)
            {
                logger.EventRefused(Key, ev, before);
                return false;
            }

            S.State = next.State;
        }

        if (code is not null)
        {
            S.MessageCode = code;
            S.Message = detail;
        }

        S.UpdatedAt = now;
        var finished = OrderLifecycle.IsFinished(S.State) && !OrderLifecycle.IsFinished(before);
        if (OrderLifecycle.IsFinished(S.State))
        {
            S.DueAt = null;
        }

        await state.WriteStateAsync();
        OrderMetrics.Changed(Intent, change);
        if (finished && Intent.OwnerKey is null)
        {
            // An owned order keeps its reminder until its owner is told again (OrderGrain.Resume.cs).
            await UnwakeAsync();
        }

        if (logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information))
        {
            logger.Changed(Key, S.State, change.ToString());
        }
        if (fill is null || before != S.State)
        {
            await JournalAsync("state change", () => journal.RecordStateChangeAsync(
                new OrderStateChangeRecord(S.OrderId, now, S.State, code is null ? change.ToString() : $"{change}:{code}")));
        }

        var view = OrderMapping.View(S);
        await events.TryPublishAsync(new OrderChanged(Key, change, view, fill is null ? null : OrderMapping.View(fill), code, detail, alert), now);
        TellOwner(view);
        return true;
    }

    private void TellOwner(OrderView view)
    {
        if (Intent.OwnerKey is not { } owner)
        {
            return;
        }

        try
        {
            _ = GrainFactory.GetGrain<IPositionGrain>(owner).OnOrderChangedAsync(view);
        }
        catch (Exception e)
        {
            logger.TellFailed(Key, owner, e);
        }
    }

    private async Task JournalAsync(string what, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception e)
        {
            logger.JournalFailed(Key, what, e);
        }
    }

    private DateTimeOffset SessionEnd() => OrderLifecycle.SessionEnd(Intent.Kind, calendar.Sessions(Intent.TradingDate));
}
