namespace KisTrader.Trading.Orders;

/// <summary>
/// Where an order stands (issue 10): intent → submitting → accepted → partially filled → filled | rejected | cancelled |
/// expired, or outcome-unknown until the day's executions resolve it. <see cref="Ambiguous"/> is the fail-closed end
/// of an unknown outcome that the executions cannot settle: the symbol is halted and a person decides.
/// </summary>
public enum OrderState
{
    /// <summary>Persisted, not yet handed to the broker.</summary>
    Intent,

    /// <summary>The POST is in flight (persisted before it is sent).</summary>
    Submitting,

    /// <summary>The broker accepted it (order number known); nothing filled yet.</summary>
    Accepted,

    /// <summary>Some, not all, of the quantity filled.</summary>
    PartiallyFilled,

    /// <summary>The whole quantity filled. Terminal.</summary>
    Filled,

    /// <summary>The broker refused it (msg_cd/msg1 kept) or a risk gate refused it before sending. Terminal; never retried.</summary>
    Rejected,

    /// <summary>Cancelled (by us or the exchange); the filled part, if any, stays. Terminal.</summary>
    Cancelled,

    /// <summary>The session ended with the order unfilled or partly filled (e.g. after-hours orders lapse at 18:00). Terminal.</summary>
    Expired,

    /// <summary>Sent without an answer (timeout, crash between POST and answer): must be looked up before anything else.</summary>
    OutcomeUnknown,

    /// <summary>The lookup could not tell (several candidates): the symbol is halted and an alert raised. Terminal until a person resolves it.</summary>
    Ambiguous,
}
