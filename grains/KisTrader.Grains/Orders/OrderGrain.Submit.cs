using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage.Orders;
using KisTrader.Kis.Client;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>Submission: gates, the POST, the answer's classification and retries, and the lookup of unknown outcomes.</summary>
internal sealed partial class OrderGrain
{
    private async Task SubmitAsync()
    {
        var now = clock.GetUtcNow();
        S.DueAt = null;
        if (now >= SessionEnd())
        {
            await ChangeAsync(OrderEvent.SessionEnded, OrderChange.Expired, "SESSION_ENDED", "the order's session ended before it was sent");
            Arm();
            return;
        }

        if (!await WakeAsync())
        {
            // Not sent without its durable wake (before the gates: nothing reserved). Tried again by the timer.
            await WakeMissingAsync(now);
            return;
        }

        var verdict = await gate.CheckAsync(Intent, now);
        if (!verdict.Allowed)
        {
            await ChangeAsync(OrderEvent.GateRefused, OrderChange.GateRefused, "gate:" + verdict.Code, verdict.Detail, alert: true);
            Arm();
            return;
        }

        // Persisted before the POST: a crash from here on is an unknown outcome (OnActivateAsync), never a blind resend.
        S.Submissions++;
        S.SentAt = now;
        await ChangeAsync(OrderEvent.Submit, OrderChange.Submitting);
        var handed = OrderMetrics.Handing(Intent);
        var result = await trading.PlaceCashOrderAsync(OrderMapping.CashOrder(Intent, trading.Account));
        OrderMetrics.Answered(Intent, handed);
        await JournalAsync("submission", () => journal.RecordSubmissionAsync(new OrderSubmissionRecord(
            S.OrderId, S.Submissions, result.SentAt, result.Outcome.ToString(), result.Reply?.OrderNo, result.Reply?.OrgNo, result.MsgCd, result.Msg1)));
        switch (result.Outcome)
        {
            case OrderOutcome.Accepted:
                await AdoptAsync(result.Reply!.OrderNo, result.Reply.OrgNo, OrderEvent.Accepted, OrderChange.Accepted, result.MsgCd, result.Msg1);
                break;
            case OrderOutcome.Rejected:
                await FailedAsync(OrderLifecycle.ClassifyRefusal(result.MsgCd), result.MsgCd, result.Msg1);
                break;
            case OrderOutcome.NotSent:
                await FailedAsync(SubmissionFailureKind.BrokerError, result.MsgCd, result.Msg1);
                break;
            default:
                S.DueAt = clock.GetUtcNow();
                await ChangeAsync(OrderEvent.OutcomeUnknown, OrderChange.OutcomeUnknown, result.MsgCd, result.Msg1);
                await ResolveAsync();
                break;
        }

        Arm();
    }

    /// <summary>The order stays an intent and is tried again later; published once (a long reminder outage would repeat it every few seconds).</summary>
    private async Task WakeMissingAsync(DateTimeOffset now)
    {
        S.DueAt = now + O.FailureRetryDelay;
        if (S.MessageCode != WakeMissing)
        {
            await ChangeAsync(null, OrderChange.RetryScheduled, WakeMissing, "the order-wake reminder could not be registered: not sent until it is");
        }
        else
        {
            await state.WriteStateAsync();
        }

        Arm();
    }

    /// <summary>A refusal or a failure: business ⇒ rejected (never retried); technical ⇒ retried per strategy.md §6.</summary>
    private async Task FailedAsync(SubmissionFailureKind kind, string code, string message)
    {
        var now = clock.GetUtcNow();
        if (SubmissionFailurePolicy.IsBusinessRejection(kind))
        {
            await ChangeAsync(OrderEvent.BusinessRejected, OrderChange.Rejected, code, message, alert: true);
            return;
        }

        S.Failures++;
        var decision = retries.Decide(kind, S.Failures, now, SessionEnd());
        if (decision.Action == SubmissionFailureAction.Retry)
        {
            S.DueAt = now + decision.RetryAfter;
            await ChangeAsync(S.State == OrderState.Submitting ? OrderEvent.NotSent : null, OrderChange.RetryScheduled, code, message);
            return;
        }

        await ChangeAsync(OrderEvent.GaveUp, OrderChange.GaveUp, code, message, alert: true);
    }

    /// <summary>Looks an unknown outcome up in the day's orders: adopt, look again later, resubmit when proven absent, or fail closed.</summary>
    private async Task ResolveAsync()
    {
        var now = clock.GetUtcNow();
        var sentAt = S.SentAt ?? now;
        OrderLookup lookup;
        try
        {
            var known = await Book().GetKnownOrderNumbersOnAsync(Intent.TradingDate);
            lookup = await trading.FindOrderAsync(OrderMapping.Search(Intent, sentAt - O.LookupWindowBefore, now + O.LookupWindowAfter, known));
        }
        catch (Exception e)
        {
            logger.BrokerCallFailed(Key, "the lookup of an unknown outcome", e);
            S.LookupFailures++;
            if (S.LookupFailures >= O.LookupFailureLimit)
            {
                // The lookup itself cannot decide: neither adopt nor resubmit (either could double the order). Fail closed.
                await AmbiguousAsync("LOOKUP_FAILED", $"the lookup failed {S.LookupFailures} times ({e.GetType().Name})", 0);
                return;
            }

            S.DueAt = now + O.FailureRetryDelay;
            await state.WriteStateAsync();
            return;
        }

        S.LookupFailures = 0;
        switch (OrderLifecycle.Resolve(OrderMapping.Status(lookup.Status), sentAt, now, O.AbsenceConfirmDelay))
        {
            case UnknownResolution.Adopt:
                var found = lookup.Order!;
                await AdoptAsync(found.OrderNo, found.OrgNo, OrderEvent.Found, OrderChange.Adopted, "FOUND", null);
                await PollAsync();
                break;
            case UnknownResolution.LookAgain:
                S.DueAt = sentAt + O.AbsenceConfirmDelay;
                await state.WriteStateAsync();
                break;
            case UnknownResolution.Resubmit:
                await ChangeAsync(OrderEvent.ProvenAbsent, OrderChange.ProvenAbsent, "NOT_FOUND", null);
                await FailedAsync(SubmissionFailureKind.Timeout, "NOT_FOUND", "the unanswered order is provably absent");
                break;
            default:
                await AmbiguousAsync("AMBIGUOUS", string.Join(',', lookup.Matches.Select(m => m.OrderNo)), lookup.Matches.Count);
                break;
        }
    }

    /// <summary>An unknown outcome nobody can resolve safely: the order ends ambiguous (alert), its symbol is halted, a person decides.</summary>
    private async Task AmbiguousAsync(string code, string detail, int matches)
    {
        logger.Ambiguous(Key, matches, Intent.Symbol);
        await ChangeAsync(OrderEvent.LookupAmbiguous, OrderChange.Ambiguous, code, detail, alert: true);
        await HaltSymbolAsync();
    }

    private async Task AdoptAsync(string orderNumber, string orgNumber, OrderEvent e, OrderChange change, string? code, string? message)
    {
        S.OrderNumber = orderNumber;
        S.OrgNumber = orgNumber;
        S.LiveOrderNumber = orderNumber;
        S.DueAt = null;
        if (!S.OrderNumbers.Contains(orderNumber))
        {
            S.OrderNumbers.Add(orderNumber);
        }

        await ChangeAsync(e, change, code, message);
        await RegisterAsync(orderNumber, orgNumber);
    }

    private async Task HaltSymbolAsync()
    {
        try
        {
            await GrainFactory.GetGrain<IRiskGrain>(GrainKeys.Risk(Intent.AccountKey)).HaltSymbolAsync(Intent.Symbol, "order-ambiguous:" + Key);
        }
        catch (Exception e)
        {
            logger.TellFailed(Key, "the risk grain", e);
        }
    }

    private IOrderBookGrain Book() => GrainFactory.GetGrain<IOrderBookGrain>(Intent.AccountKey);
}
