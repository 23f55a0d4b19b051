namespace KisTrader.Trading.Exits;

/// <summary>An exit (sell) order of a position that is still working at the broker.</summary>
/// <param name="OrderId">The broker order number (ODNO) or the journal's client order id.</param>
/// <param name="Reason">Why it was placed; <see cref="ExitReason.ForcedExit"/> orders convert to market at 15:25, not after 30 s.</param>
/// <param name="Type">Limit or market.</param>
/// <param name="LimitPrice">The limit price, or null for a market order.</param>
/// <param name="Quantity">The ordered quantity.</param>
/// <param name="FilledQuantity">The quantity filled so far (from fills, not from the order).</param>
/// <param name="PlacedAt">When the broker accepted the order.</param>
public sealed record OpenExitOrder(
    string OrderId,
    ExitReason Reason,
    ExitOrderType Type,
    decimal? LimitPrice,
    long Quantity,
    long FilledQuantity,
    DateTimeOffset PlacedAt)
{
    /// <summary>The unfilled rest of the order.</summary>
    public long RemainingQuantity => Math.Max(0, Quantity - FilledQuantity);
}
