using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage.Positions;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Positions;

/// <summary>The exit day: wakes at every <see cref="ExitSchedule"/> instant, conversions, exit decisions, flatten.</summary>
internal sealed partial class PositionGrain
{
    private IGrainTimer? _wake;
    private DateTimeOffset? _wakeAt;
    private ExitSchedule? _schedule;

    /// <summary>
    /// The instant the rules last ran for in this activation (null: not yet). The next wake is the first schedule instant
    /// after it, not after "now": a turn that outlasts an instant (a slow broker call at 15:19:59.9, a simulated clock that
    /// jumped meanwhile) then wakes at once instead of skipping that instant (the 15:20 forced exit, a 15:25 conversion).
    /// </summary>
    private DateTimeOffset? _evaluatedAt;

    /// <summary>The exit day's schedule (policy and order manager), rebuilt when the exit date moves.</summary>
    private ExitSchedule Schedule
    {
        get
        {
            var day = calendar.Schedule(S.ExitDate!.Value);
            if (_schedule is null || _schedule.Policy.Schedule != day)
            {
                _schedule = new ExitSchedule(new ExitPolicy(settings.Exits, settings.Grid, day), new ExitOrderManager(settings.Exits, day), settings.Options.WatchLead);
            }

            return _schedule;
        }
    }

    /// <summary>A timer or reminder fired (or a flatten asked): re-read orders, follow quotes from the watch start, act, re-arm.</summary>
    private async Task WakeAsync()
    {
        _wakeAt = null;
        if (S.Status is not (PositionStatus.Entering or PositionStatus.Open))
        {
            return;
        }

        try
        {
            await RefreshOrdersAsync();
            await SettleIfPendingAsync(clock.GetUtcNow());
            if (S.Status is not (PositionStatus.Entering or PositionStatus.Open))
            {
                return;
            }

            var now = clock.GetUtcNow();
            if (S.Status == PositionStatus.Open && now >= Schedule.WatchFrom)
            {
                await StartQuotesAsync();
            }

            _evaluatedAt = now;
            await PollIfStaleAsync(now);
            await EvaluateAsync(now);
            await CarryOverIfLeftAsync(now);
        }
        finally
        {
            // Even when a journal write failed: the next wake retries (a persisted, unplaced sell is placed then).
            ArmWake();
        }
    }

    /// <summary>
    /// Arms the one timer for the first instant after <see cref="_evaluatedAt"/> (a refresh while an order is open or
    /// unanswered); an instant the clock already passed fires at once. Before any evaluation in this activation (a new
    /// entry, a reactivation after a silo loss) every instant counts as not yet seen, so the first wake comes at once.
    /// </summary>
    private void ArmWake()
    {
        if (S.Status is not (PositionStatus.Entering or PositionStatus.Open) || S.ExitDate is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var from = _evaluatedAt ?? DateTimeOffset.MinValue;
        var open = WorkingSells.Select(o => o.ToOpenExitOrder()).ToList();
        var next = Schedule.NextAfter(from, open, settings.Options.RefreshEvery)?.At;
        if (S.Orders.Any(o => !o.Finished && (o.IsBuy || !o.Answered)))
        {
            var refresh = from + settings.Options.RefreshEvery;
            next = next is null || refresh < next ? refresh : next;
        }

        if (NextPollAt() is { } poll && (next is null || poll < next))
        {
            if (_wake is not null && _wakeAt is { } armed && armed <= poll)
            {
                // Already armed no later (each tick batch moves the poll instant): that wake re-checks the staleness.
                return;
            }

            next = poll;
        }

        if (next == _wakeAt && _wake is not null)
        {
            return;
        }

        _wake?.Dispose();
        _wake = null;
        _wakeAt = next;
        if (next is { } at)
        {
            var due = at > now ? at - now : TimeSpan.Zero;
            _wake = this.RegisterGrainTimer(
                static (PositionGrain self, CancellationToken _) => self.WakeAsync(), this,
                new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
    }

    /// <summary>In the exit day's trading window: conversions due, then a flatten, then the window's rules on the last quote.</summary>
    private async Task EvaluateAsync(DateTimeOffset now)
    {
        if (S.Status != PositionStatus.Open || !Schedule.IsTradingWindow(now))
        {
            return;
        }

        foreach (var due in Schedule.DueForConversion(now, WorkingSells.Select(o => o.ToOpenExitOrder())))
        {
            var review = Schedule.Orders.Review(due, now);
            if (review.Action == ExitOrderAction.CancelAndReplaceWithMarket)
            {
                await ConvertAsync(S.Orders.Find(o => o.Id == due.OrderId)!, now, due.Reason == ExitReason.ForcedExit || now >= Schedule.Policy.ForcedMarketConversion ? "MarketDeadline" : "LimitTimeout");
            }
        }

        if (S.RejectedSells >= settings.Options.MaxRejectedSells)
        {
            logger.SellingStopped(Key, S.RejectedSells);
            return;
        }

        var snapshot = Snapshot();
        if (S.FlattenBy is not null)
        {
            foreach (var limit in WorkingSells.Where(o => !o.Converted && o.Intent.Kind == OrderKind.Limit).ToList())
            {
                await ConvertAsync(limit, now, "Flatten");
            }

            if (Snapshot().FreeQuantity is var free and > 0)
            {
                await PlaceSellAsync(now, ExitReason.Manual, free, OrderKind.Market, null, Schedule.Policy.WindowAt(now), ReturnAt(snapshot));
            }

            return;
        }

        var decision = Schedule.Policy.Evaluate(snapshot, _quote, now);
        if (decision.IsSell)
        {
            var polled = _quoteFromPoll && _quote is not null;
            logger.ExitDecided(Key, decision.Reason!.Value, decision.Quantity, polled ? $"{decision.Explanation} (price from a quote poll)" : decision.Explanation);
            await PlaceSellAsync(now, decision.Reason.Value, decision.Quantity,
                decision.OrderType == ExitOrderType.Market ? OrderKind.Market : OrderKind.Limit, decision.LimitPrice, decision.Window!.Value, decision.Return,
                polled ? QuotePoll : null);
        }
    }

    private PositionSnapshot Snapshot()
    {
        var ledger = Ledger();
        return new PositionSnapshot(Code, ledger.Quantity, ledger.AveragePrice, S.PartialTaken, [.. WorkingSells.Select(o => o.ToOpenExitOrder())]);
    }

    private decimal? ReturnAt(PositionSnapshot p) =>
        _quote is { } q && p.AveragePrice > 0 ? (q.Price - p.AveragePrice) / p.AveragePrice : null;

    /// <summary>Persists the sell (intent first), journals the exit, publishes, then hands it to a new order grain ('S', n).</summary>
    private async Task PlaceSellAsync(DateTimeOffset now, ExitReason reason, long quantity, OrderKind kind, decimal? limit, ExitWindow window, decimal? r, string? priceSource = null)
    {
        var entry = S.Entry!;
        var id = GrainKeys.PositionOrder(Key, 'S', S.NextSell);
        var intent = new OrderIntent(id, S.ExitDate!.Value, entry.AccountKey, entry.Symbol, OrderSide.Sell, kind, quantity,
            kind == OrderKind.Market ? null : limit, OrderPurpose.Exit, Key, reason.ToString(), S.FlattenBy ?? Strategy);
        var order = new PositionOrder { Intent = intent, Reason = reason, Window = window, Return = r, DecidedAt = now };
        S.NextSell++;
        S.Orders.Add(order);
        S.PartialTaken |= reason == ExitReason.PartialTakeProfit;
        await SaveAsync(now);
        await positions.RecordExitAsync(new ExitRecord(Key, id, now, reason, window, r, quantity, intent.LimitPrice));
        await PublishAsync(PositionChange.ExitPlaced, now, order, priceSource: priceSource);
        await PlaceAsync(order);
    }

    private async Task ConvertAsync(PositionOrder order, DateTimeOffset now, string why)
    {
        try
        {
            var view = await GrainFactory.GetGrain<IOrderGrain>(order.Id).ConvertToMarketAsync(why);
            if (view.State is OrderState.Intent or OrderState.OutcomeUnknown)
            {
                // The order grain converts only an order the broker holds: one still waiting to be sent (a retry pending) or
                // with an unresolved outcome is left a limit. Marked converted, it would never be converted again (a limit
                // past the 15:25 deadline); left due, the next wake (at most RefreshEvery later) asks again.
                logger.ConversionNotYet(Key, order.Id, view.State, why);
                await ApplyAsync(view);
                return;
            }

            if (OrderLifecycle.IsFinished(view.State))
            {
                // Filled (or ended) before the conversion reached the broker: nothing was converted.
                await ApplyAsync(view);
                return;
            }

            order.Converted = true;
            await SaveAsync(now);
            logger.Converted(Key, order.Id, why);
            await PublishAsync(PositionChange.ExitConverted, now, order, reason: why);
            await ApplyAsync(view);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Still due: the next wake (at most RefreshEvery later) tries again.
            logger.OrderCallFailed(e, Key, order.Id, "ConvertToMarket");
        }
    }

    /// <summary>After the close with shares left and nothing working (should not happen): sell them at the next session's open.</summary>
    private async Task CarryOverIfLeftAsync(DateTimeOffset now)
    {
        if (S.Status != PositionStatus.Open || now < Schedule.Policy.MarketClose || S.Orders.Any(o => !o.Finished) || Ledger().Quantity == 0)
        {
            return;
        }

        var next = calendar.NextTradingDay(S.ExitDate!.Value);
        logger.CarriedOver(Key, Ledger().Quantity, next);
        S.ExitDate = next;
        S.FlattenBy ??= Strategy;
        S.FlattenReason ??= "CarryOver";
        await SaveAsync(now);
        await PublishAsync(PositionChange.FlattenRequested, now, null, requestedBy: S.FlattenBy, reason: S.FlattenReason);
    }
}
