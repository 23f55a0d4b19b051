using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Positions;

/// <summary>The position's orders: placing (idempotently), applying each view (fills once each), re-reading open ones.</summary>
internal sealed partial class PositionGrain
{
    /// <summary>Hands a persisted order to its grain and applies the answer; a failure is logged and retried by the next wake.</summary>
    private async Task PlaceAsync(PositionOrder order)
    {
        OrderView view;
        try
        {
            view = await GrainFactory.GetGrain<IOrderGrain>(order.Id).PlaceAsync(order.Intent);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ArgumentException)
        {
            logger.OrderCallFailed(e, Key, order.Id, "Place");
            return;
        }

        await ApplyAsync(view);
    }

    /// <summary>Places again every order whose placement got no answer (same intent, same id: never a second order).</summary>
    private async Task PlaceUnansweredAsync()
    {
        foreach (var order in S.Orders.Where(o => !o.Answered).ToList())
        {
            await PlaceAsync(order);
        }
    }

    /// <summary>Re-reads every working order from its grain (recovers a lost one-way notification).</summary>
    private async Task RefreshOrdersAsync()
    {
        await PlaceUnansweredAsync();
        foreach (var order in S.Orders.Where(o => o.Answered && !o.Finished).ToList())
        {
            try
            {
                await ApplyAsync(await GrainFactory.GetGrain<IOrderGrain>(order.Id).GetAsync());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.OrderCallFailed(e, Key, order.Id, "Get");
            }
        }
    }

    /// <summary>
    /// Applies an order's view: new fills once each (by fill key), the state unless the view is older than the last one
    /// applied. Persists and publishes when something changed, then settles the position's status. True when changed.
    /// </summary>
    private async Task<bool> ApplyAsync(OrderView view)
    {
        var order = view.Intent is null ? null : S.Orders.Find(o => string.Equals(o.Id, view.Intent.ClientOrderId, StringComparison.Ordinal));
        if (order is null)
        {
            logger.UnknownOrder(Key, view.Intent?.ClientOrderId);
            return false;
        }

        var changed = !order.Answered;
        order.Answered = true;
        // Fill keys are unique per order only: KIS numbers orders per day (the Day-1 buy and the Day-2 sell can both be
        // 0000000001), so a poll's catch-up key ccld:<ODNO>:<cumulative> of the sell can equal the buy's.
        var known = S.Fills.Where(f => f.ClientOrderId == order.Id).Select(f => f.FillKey).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var fill in view.Fills.IsDefault ? [] : view.Fills)
        {
            if (known.Add(fill.FillKey))
            {
                S.Fills.Add(new PositionFill(order.Id, fill.FillKey, order.Intent.Side, fill.Quantity, fill.Price, fill.At));
                added++;
            }
        }

        if (view.UpdatedAt >= order.ViewUpdatedAt && (view.State != order.State || view.FilledQuantity != order.FilledQuantity))
        {
            if (view.State == OrderState.Rejected && order.State != OrderState.Rejected && !order.IsBuy)
            {
                S.RejectedSells++;
                logger.SellRejected(Key, order.Id, view.MessageCode, S.RejectedSells);
            }

            order.State = view.State;
            order.FilledQuantity = view.FilledQuantity;
            order.ViewUpdatedAt = view.UpdatedAt;
            changed = true;
        }

        if (!changed && added == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await SaveAsync(now);
        await PublishAsync(PositionChange.OrderUpdated, now, order);
        await SettleAsync(now);
        return true;
    }

    private IEnumerable<PositionOrder> WorkingSells => S.Orders.Where(o => !o.IsBuy && !o.Finished);
}
