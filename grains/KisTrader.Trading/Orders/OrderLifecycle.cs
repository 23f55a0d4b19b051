using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Calendar;

namespace KisTrader.Trading.Orders;

/// <summary>
/// The lifecycle of one order as pure transitions (issue 10, architecture.md §2 "Orders are idempotent without broker
/// help"): intent → submitting → accepted → partially filled → filled | rejected | cancelled | expired, or
/// outcome-unknown → resolved (adopted, provably absent ⇒ sent again, or ambiguous). The order grain loads its state,
/// asks here, persists, then acts; nothing here reads a clock or knows about Orleans or the broker's client.
/// <para>
/// The rule that makes an order exactly-once: an order sent without an answer is never sent again before a lookup of the
/// day's orders proved it absent (<see cref="Resolve"/>); fills are counted once each by <see cref="OrderFillLedger"/>.
/// </para>
/// </summary>
public static class OrderLifecycle
{
    /// <summary>The state after <paramref name="e"/> in <paramref name="state"/>, or a refusal (state unchanged).</summary>
    public static OrderTransition Next(OrderState state, OrderEvent e)
    {
        OrderState? next = (state, e) switch
        {
            (OrderState.Intent, OrderEvent.Submit) => OrderState.Submitting,
            (OrderState.Intent, OrderEvent.GateRefused) => OrderState.Rejected,
            (OrderState.Intent, OrderEvent.Cancelled) => OrderState.Cancelled,
            (OrderState.Intent, OrderEvent.SessionEnded) => OrderState.Expired,
            (OrderState.Intent, OrderEvent.GaveUp) => OrderState.Rejected,
            (OrderState.Submitting, OrderEvent.Accepted) => OrderState.Accepted,
            (OrderState.Submitting, OrderEvent.BusinessRejected) => OrderState.Rejected,
            (OrderState.Submitting, OrderEvent.NotSent) => OrderState.Intent,
            (OrderState.Submitting, OrderEvent.GaveUp) => OrderState.Rejected,
            (OrderState.Submitting, OrderEvent.OutcomeUnknown) => OrderState.OutcomeUnknown,
            (OrderState.OutcomeUnknown, OrderEvent.Found) => OrderState.Accepted,
            (OrderState.OutcomeUnknown, OrderEvent.ProvenAbsent) => OrderState.Intent,
            (OrderState.OutcomeUnknown, OrderEvent.LookupAmbiguous) => OrderState.Ambiguous,
            (OrderState.Accepted or OrderState.PartiallyFilled, OrderEvent.PartFilled) => OrderState.PartiallyFilled,
            (OrderState.Accepted or OrderState.PartiallyFilled, OrderEvent.FullyFilled) => OrderState.Filled,
            (OrderState.Accepted or OrderState.PartiallyFilled, OrderEvent.Cancelled) => OrderState.Cancelled,
            (OrderState.Accepted or OrderState.PartiallyFilled, OrderEvent.SessionEnded) => OrderState.Expired,
            (OrderState.Accepted, OrderEvent.BusinessRejected) => OrderState.Rejected,

            // A fill that executed before the cancel or the lapse took effect still counts; the rest stays cancelled or
            // expired unless the fills turn out to cover everything.
            (OrderState.Cancelled or OrderState.Expired, OrderEvent.PartFilled) => state,
            (OrderState.Cancelled or OrderState.Expired, OrderEvent.FullyFilled) => OrderState.Filled,
            _ => null,
        };
        return next is { } s ? OrderTransition.To(s) : OrderTransition.Refused(state);
    }

    /// <summary>True when nothing more happens without a person (filled, rejected, cancelled, expired, ambiguous).</summary>
    public static bool IsFinished(OrderState state) => state is OrderState.Filled or OrderState.Rejected
        or OrderState.Cancelled or OrderState.Expired or OrderState.Ambiguous;

    /// <summary>True when the broker has the order for certain (its number is known).</summary>
    public static bool AtBroker(OrderState state) => state is OrderState.Accepted or OrderState.PartiallyFilled
        or OrderState.Filled or OrderState.Cancelled or OrderState.Expired;

    /// <summary>
    /// True when the order must be watched by its own timer: a retry or a lookup is due, or it rests at the broker and
    /// may fill, be cancelled or lapse.
    /// </summary>
    public static bool IsWorking(OrderState state) => state is OrderState.Intent or OrderState.Submitting
        or OrderState.Accepted or OrderState.PartiallyFilled or OrderState.OutcomeUnknown;

    /// <summary>
    /// When an order of <paramref name="kind"/> stops being able to execute: after-hours single-price orders at the
    /// session's after-hours end (18:00), regular-session orders at the regular close (15:30; special days shift both).
    /// </summary>
    public static DateTimeOffset SessionEnd(OrderKind kind, TradingDaySessions sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return kind == OrderKind.AfterHoursSinglePrice ? sessions.AfterHoursEnd : sessions.RegularClose;
    }

    /// <summary>
    /// What a lookup of an unknown outcome means. Not found counts as proof of absence only when the lookup ran at least
    /// <paramref name="confirmAfter"/> after the POST was sent (the broker may still have been processing it).
    /// </summary>
    public static UnknownResolution Resolve(LookupStatus status, DateTimeOffset sentAt, DateTimeOffset lookedUpAt, TimeSpan confirmAfter) => status switch
    {
        LookupStatus.Found => UnknownResolution.Adopt,
        LookupStatus.Ambiguous => UnknownResolution.Ambiguous,
        LookupStatus.NotFound => lookedUpAt - sentAt >= confirmAfter ? UnknownResolution.Resubmit : UnknownResolution.LookAgain,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown lookup status"),
    };

    /// <summary>
    /// The failure kind of a broker refusal (rt_cd ≠ 0) by its msg_cd: the gateway's own codes (EGW…) are technical
    /// (EGW00201 the rate limit), the order desk's are business rejections (cash, price range, anything else).
    /// </summary>
    public static SubmissionFailureKind ClassifyRefusal(string? msgCd) => msgCd?.Trim() switch
    {
        "EGW00201" => SubmissionFailureKind.RateLimited,
        { } code when code.StartsWith("EGW", StringComparison.Ordinal) => SubmissionFailureKind.BrokerError,
        "APBK0952" or "40250000" => SubmissionFailureKind.InsufficientCash,
        "APBK0506" or "APBK0507" or "APBK0508" or "40030000" or "40040000" => SubmissionFailureKind.PriceOutOfRange,
        _ => SubmissionFailureKind.BusinessRejection,
    };

    /// <summary>The fill event for <paramref name="filled"/> of <paramref name="quantity"/> shares (none before the first).</summary>
    public static OrderEvent? FillEvent(long filled, long quantity) =>
        filled <= 0 ? null : filled >= quantity ? OrderEvent.FullyFilled : OrderEvent.PartFilled;

    /// <summary>
    /// How a resting order settles once the broker shows no open rest (<paramref name="brokerRemaining"/> 0) while it is
    /// not filled: cancelled when we asked for it, expired at or after its session end, otherwise cancelled by the
    /// exchange. Null while the broker still holds a rest before the session end, or when filled.
    /// </summary>
    public static OrderEvent? Settle(long filled, long quantity, long brokerRemaining, bool cancelRequested, bool sessionEnded)
    {
        if (filled >= quantity)
        {
            return null;
        }

        if (sessionEnded)
        {
            return cancelRequested && brokerRemaining == 0 ? OrderEvent.Cancelled : OrderEvent.SessionEnded;
        }

        return brokerRemaining == 0 ? OrderEvent.Cancelled : null;
    }
}
