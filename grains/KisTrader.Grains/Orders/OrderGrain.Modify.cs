using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>Cancel and limit → market conversion through order-rvsecncl; the poll that follows settles the order.</summary>
internal sealed partial class OrderGrain
{
    /// <summary>msg_cd of order-rvsecncl when the original has no open quantity left (정정/취소할 수량이 없습니다).</summary>
    internal const string NothingToModify = "APBK0991";

    public async Task<OrderView> CancelAsync(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (S.Intent is null || OrderLifecycle.IsFinished(S.State))
        {
            return OrderMapping.View(S);
        }

        if (S.State == OrderState.Intent)
        {
            // Never handed over (a retry was pending): nothing to cancel at the broker.
            await ChangeAsync(OrderEvent.Cancelled, OrderChange.Cancelled, "CANCELLED_BEFORE_SENT", reason);
            Arm();
            return OrderMapping.View(S);
        }

        if (S.State == OrderState.OutcomeUnknown)
        {
            await ResolveAsync();
            if (!OrderLifecycle.AtBroker(S.State) || OrderLifecycle.IsFinished(S.State))
            {
                Arm();
                return OrderMapping.View(S);
            }
        }

        // The order is at the broker: its reminder was made before its POST. Made again where it is missing, but a cancel
        // is never held back for it (it only lowers what is at risk).
        await WakeAsync();
        S.CancelRequested = true;
        await state.WriteStateAsync();
        var request = ModifyCancelRequest.CancelAll(trading.Account, S.OrgNumber!, S.LiveOrderNumber!, CurrentDivision());
        var result = await trading.ModifyOrCancelAsync(request);
        await ChangeAsync(null, OrderChange.CancelRequested, result.MsgCd, result.Outcome == OrderOutcome.Accepted ? reason : result.Msg1);
        await PollAsync();
        await state.WriteStateAsync();
        Arm();
        return OrderMapping.View(S);
    }

    public async Task<OrderView> ConvertToMarketAsync(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (S.Intent is null || OrderLifecycle.IsFinished(S.State) || S.ConvertedToMarket)
        {
            return OrderMapping.View(S);
        }

        if (Intent.Kind != OrderKind.Limit)
        {
            throw new InvalidOperationException($"Only a limit order converts to market; order {Key} is {Intent.Kind}.");
        }

        if (S.State == OrderState.OutcomeUnknown)
        {
            await ResolveAsync();
        }

        if (S.State is not (OrderState.Accepted or OrderState.PartiallyFilled))
        {
            Arm();
            return OrderMapping.View(S);
        }

        await WakeAsync();
        var request = new ModifyCancelRequest(trading.Account, S.OrgNumber!, S.LiveOrderNumber!, ModifyCancelKind.Modify, OrderDivision.Market, 0, 0m, AllQuantity: true);
        var result = await trading.ModifyOrCancelAsync(request);
        if (result.Outcome == OrderOutcome.Accepted)
        {
            S.ConvertedToMarket = true;
            S.LiveOrderNumber = result.Reply!.OrderNo;
            S.OrderNumbers.Add(result.Reply.OrderNo);
            await ChangeAsync(null, OrderChange.ConvertedToMarket, result.MsgCd, reason);
            await RegisterAsync(result.Reply.OrderNo, result.Reply.OrgNo);
        }
        else if (result.Outcome == OrderOutcome.Rejected && string.Equals(result.MsgCd, NothingToModify, StringComparison.Ordinal))
        {
            // 정정/취소할 수량이 없습니다: the rest filled at the broker before the conversion reached it. Not an error: the
            // poll below counts the fills and settles; if the executions lag behind the answer, the order polls again soon.
            logger.NothingToConvert(Key, S.LiveOrderNumber!);
            await ChangeAsync(null, OrderChange.ConvertedToMarket, result.MsgCd, "already filled at the broker: nothing left to convert");
            await PollAsync();
            if (S.State is OrderState.Accepted or OrderState.PartiallyFilled)
            {
                S.DueAt ??= clock.GetUtcNow() + O.FailureRetryDelay;
            }

            await state.WriteStateAsync();
            Arm();
            return OrderMapping.View(S);
        }
        else
        {
            // Refused or unknown: the poll adopts a new number if the modification exists after all. A refusal the poll
            // explains — the limit filled (or ended) before the modification reached the broker, its notice still in
            // flight — is the ordinary race of a 30-second conversion, not an alert.
            await PollAsync();
            await ChangeAsync(null, OrderChange.ConvertedToMarket, result.MsgCd, result.Msg1,
                alert: result.Outcome == OrderOutcome.Rejected && !OrderLifecycle.IsFinished(S.State));
            await state.WriteStateAsync();
            Arm();
            return OrderMapping.View(S);
        }

        await PollAsync();
        await state.WriteStateAsync();
        Arm();
        return OrderMapping.View(S);
    }

    private OrderDivision CurrentDivision() => S.ConvertedToMarket ? OrderDivision.Market : OrderMapping.Division(Intent.Kind);
}
