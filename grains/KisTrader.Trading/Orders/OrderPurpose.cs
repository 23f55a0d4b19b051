namespace KisTrader.Trading.Orders;

/// <summary>Why an order exists: the journal's <c>purpose</c> and the statistics' grouping.</summary>
public enum OrderPurpose
{
    /// <summary>The strategy's after-hours buy (strategy.md §6).</summary>
    Entry,

    /// <summary>A position's exit (strategy.md §7–§8), including the kill switch's flatten.</summary>
    Exit,

    /// <summary>A person's manual buy or sell through the API (same gates, same path).</summary>
    Manual,
}
