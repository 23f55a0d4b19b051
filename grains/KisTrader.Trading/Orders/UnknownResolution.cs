namespace KisTrader.Trading.Orders;

/// <summary>What to do with a lookup of an order whose outcome is unknown (<see cref="OrderLifecycle.Resolve"/>).</summary>
public enum UnknownResolution
{
    /// <summary>Exactly one match: adopt its order number.</summary>
    Adopt,

    /// <summary>Not found yet, but too soon to call it absent (the broker may still be processing): look again later.</summary>
    LookAgain,

    /// <summary>Not found after the confirmation delay: provably absent, it may be sent again.</summary>
    Resubmit,

    /// <summary>Several matches: halt the symbol and alert; never resend.</summary>
    Ambiguous,
}
