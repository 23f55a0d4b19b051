using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>Fills: notices forwarded by the order book, polls of the daily executions, settling and expiry.</summary>
internal sealed partial class OrderGrain
{
    public async Task OnFillNoticeAsync(FillNoticeEvent notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (S.Intent is null)
        {
            return;
        }

        await ApplyNoticeAsync(notice);
        Arm();
    }

    public async Task<OrderView> RefreshAsync()
    {
        if (S.Intent is null)
        {
            return OrderMapping.View(S);
        }

        await TickAsync(force: true);
        return OrderMapping.View(S);
    }

    private async Task RegisterAsync(string orderNumber, string? orgNumber)
    {
        try
        {
            foreach (var kept in await Book().RegisterOrderAsync(orderNumber, orgNumber, Key, Intent.TradingDate))
            {
                await ApplyNoticeAsync(kept);
            }
        }
        catch (Exception e)
        {
            // The polls find every fill; the notices only make them faster.
            logger.TellFailed(Key, "the order book", e);
        }
    }

    private async Task ApplyNoticeAsync(FillNoticeEvent notice)
    {
        if (!S.OrderNumbers.Contains(notice.OrderNumber))
        {
            return;
        }

        if (notice.Kind != FillNoticeKind.Fill || notice.Quantity <= 0 || notice.Price <= 0)
        {
            return;
        }

        if ((notice.Side is { } side && side != Intent.Side) || (notice.Symbol is { Length: > 0 } symbol && !string.Equals(symbol, Intent.Symbol, StringComparison.Ordinal)))
        {
            // KIS numbers orders per day: the Day-2 sell can carry the Day-1 buy's number, and a notice of that buy still
            // on its way (or kept by the book) would be routed here by number alone and counted as this sell's fill.
            logger.NoticeNotOurs(Key, notice.Identity, notice.OrderNumber);
            return;
        }

        var ledger = OrderMapping.Ledger(S);
        var (outcome, fill) = ledger.ApplyNotice("n:" + notice.Identity, notice.OrderNumber, notice.Quantity, notice.Price, notice.At);
        logger.NoticeApplied(Key, notice.Identity, outcome);
        if (fill is not null)
        {
            await CountAsync(ledger, [fill]);
        }
        else if (outcome == NoticeOutcome.Absorbed)
        {
            OrderMapping.Store(S, ledger);
            await state.WriteStateAsync();
        }
    }

    /// <summary>Polls the day's executions: catch-up fills, new order numbers of modifications, settling and expiry.</summary>
    private async Task PollAsync()
    {
        var now = clock.GetUtcNow();
        var request = new DailyOrderRequest(trading.Account, Intent.TradingDate, Intent.TradingDate)
        {
            Side = Intent.Side == Trading.Money.OrderSide.Buy ? SideFilter.Buy : SideFilter.Sell,
            Symbol = Intent.Symbol,
        };
        List<DailyOrder> rows = [];
        try
        {
            await foreach (var row in trading.GetDailyOrdersAsync(request, KisLane.Orders))
            {
                rows.Add(row);
            }
        }
        catch (Exception e)
        {
            logger.BrokerCallFailed(Key, "the poll of the daily executions", e);
            S.DueAt = now + O.FailureRetryDelay;
            return;
        }

        foreach (var modified in rows.Where(r => !r.IsCancel && !S.OrderNumbers.Contains(r.OrderNo) && S.OrderNumbers.Contains(r.OriginalOrderNo.Trim())))
        {
            S.OrderNumbers.Add(modified.OrderNo);
            S.LiveOrderNumber = modified.OrderNo;
            await RegisterAsync(modified.OrderNo, modified.OrgNo);
        }

        var mine = rows.Where(r => !r.IsCancel && S.OrderNumbers.Contains(r.OrderNo)).ToList();
        var ledger = OrderMapping.Ledger(S);
        var added = mine
            .Where(r => r.FilledQuantity > 0)
            .Select(r => ledger.ApplyCumulative(r.OrderNo, r.FilledQuantity, r.FilledAmount, OrderMapping.LastFillAt(r), now))
            .OfType<LedgerFill>()
            .ToList();
        if (added.Count > 0)
        {
            await CountAsync(ledger, added);
        }

        if (mine.Count > 0 && S.State is OrderState.Accepted or OrderState.PartiallyFilled)
        {
            var settle = OrderLifecycle.Settle(ledger.FilledQuantity, Intent.Quantity, mine.Sum(r => r.RemainingQuantity), S.CancelRequested, now >= SessionEnd() + O.ExpiryGrace);
            if (settle is { } e)
            {
                await ChangeAsync(e, e == OrderEvent.Cancelled ? OrderChange.Cancelled : OrderChange.Expired);
            }
        }
    }

    private async Task CountAsync(OrderFillLedger ledger, List<LedgerFill> added)
    {
        OrderMapping.Store(S, ledger);
        foreach (var fill in added)
        {
            await JournalAsync("fill", () => journal.RecordFillAsync(new OrderFillRecord(S.OrderId, fill.OrderNumber, fill.Key, fill.At, fill.Quantity, fill.Price)));
        }

        var e = OrderLifecycle.FillEvent(ledger.FilledQuantity, Intent.Quantity);
        for (var i = 0; i < added.Count; i++)
        {
            // The state moves with the last fill; every fill is its own event.
            await ChangeAsync(i == added.Count - 1 ? e : null, OrderChange.Filled, fill: added[i]);
        }
    }

    /// <summary>What the timer (or a refresh) does in the current state.</summary>
    private async Task TickAsync(bool force)
    {
        var now = clock.GetUtcNow();
        if (!force && S.DueAt is { } due && due > now)
        {
            Arm();
            return;
        }

        switch (S.State)
        {
            case OrderState.Intent when S.Submissions > 0 || S.DueAt is not null:
                if (force && S.DueAt > now)
                {
                    break;
                }

                await SubmitAsync();
                break;
            case OrderState.OutcomeUnknown:
                await ResolveAsync();
                break;
            case OrderState.Accepted or OrderState.PartiallyFilled or OrderState.Cancelled or OrderState.Expired or OrderState.Filled:
                S.DueAt = null;
                await PollAsync();
                await state.WriteStateAsync();
                break;
        }

        Arm();
    }

    /// <summary>Arms the one-shot timer at the next instant the order must act, or stops it when nothing is due.</summary>
    private void Arm()
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? due = S.Intent is null ? null : S.State switch
        {
            OrderState.Intent or OrderState.OutcomeUnknown => S.DueAt,
            OrderState.Accepted or OrderState.PartiallyFilled => Earliest(S.DueAt ?? now + O.PollInterval, SessionEnd() + O.ExpiryGrace, now),
            _ => null,
        };
        if (due is not { } at)
        {
            _timer?.Dispose();
            _timer = null;
            return;
        }

        var delay = at > now ? at - now : TimeSpan.Zero;
        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(
                static (OrderGrain self, CancellationToken _) => self.TickAsync(force: false),
                this,
                new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        }
        else
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset poll, DateTimeOffset finalPoll, DateTimeOffset now) =>
        finalPoll > now && finalPoll < poll ? finalPoll : poll;
}
