namespace KisTrader.Kis.Client;

/// <summary>What is known about an order or cancel after the call.</summary>
public enum OrderOutcome
{
    /// <summary>KIS accepted it (rt_cd "0"); the reply carries the order number.</summary>
    Accepted,

    /// <summary>KIS refused it (rt_cd ≠ "0" with a decision code): it does not exist at the broker.</summary>
    Rejected,

    /// <summary>It was never sent (circuit open, cancelled before sending): it does not exist at the broker.</summary>
    NotSent,

    /// <summary>
    /// Sent, but no answer (timeout, broken connection, gateway server error): it may or may not exist. Never resend
    /// blindly — resolve it with <see cref="IKisTrading.FindOrderAsync"/> first (README "Outcome unknown").
    /// </summary>
    Unknown,
}
