namespace KisTrader.Trading.Orders;

/// <summary>What a lookup of the day's orders found (the KIS client's FindOrder, mapped at the grain boundary).</summary>
public enum LookupStatus
{
    /// <summary>Exactly one matching order.</summary>
    Found,

    /// <summary>No matching order.</summary>
    NotFound,

    /// <summary>Several matching orders.</summary>
    Ambiguous,
}
