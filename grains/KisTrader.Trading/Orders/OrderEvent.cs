namespace KisTrader.Trading.Orders;

/// <summary>What can happen to an order (the inputs of <see cref="OrderLifecycle.Next"/>).</summary>
public enum OrderEvent
{
    /// <summary>The gates passed and the POST is about to be sent (persisted first).</summary>
    Submit,

    /// <summary>A risk gate refused the order before anything was sent.</summary>
    GateRefused,

    /// <summary>The broker accepted it (order number known).</summary>
    Accepted,

    /// <summary>The broker refused it for a business reason (msg_cd/msg1): never retried.</summary>
    BusinessRejected,

    /// <summary>A technical failure that certainly did not reach the broker; a retry is due later.</summary>
    NotSent,

    /// <summary>Sent without an answer (timeout, broken connection, crash between POST and answer).</summary>
    OutcomeUnknown,

    /// <summary>The lookup of an unknown outcome found exactly one matching order: adopt it.</summary>
    Found,

    /// <summary>The lookup proved the order absent (not found after the confirmation delay): it may be sent again.</summary>
    ProvenAbsent,

    /// <summary>The lookup found several candidates: fail closed.</summary>
    LookupAmbiguous,

    /// <summary>Retries are exhausted (or the session ends first) after technical failures.</summary>
    GaveUp,

    /// <summary>Fills now cover part of the quantity.</summary>
    PartFilled,

    /// <summary>Fills now cover the whole quantity.</summary>
    FullyFilled,

    /// <summary>The unfilled rest is cancelled (by us, or before it was ever sent).</summary>
    Cancelled,

    /// <summary>The order's session ended with an unfilled rest (after the final poll).</summary>
    SessionEnded,
}
