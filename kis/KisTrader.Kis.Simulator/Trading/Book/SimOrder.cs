using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>
/// One order row of an account (new, modify or cancel), mutable under the trading book's lock.
/// A modify moves quantity out of its original into a new row with its own order number, as KIS does;
/// a cancel row records the confirmed cancelled quantity.
/// </summary>
internal sealed class SimOrder
{
    public required string OrderNo { get; init; }

    /// <summary>ORGN_ODNO of a modify/cancel row; empty on a new order.</summary>
    public required string OriginalOrderNo { get; init; }

    public required string Branch { get; init; }

    public required OrderAction Action { get; init; }

    public required DateOnly Date { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required OrderSide Side { get; init; }

    public required OrderType Type { get; set; }

    /// <summary>ORD_QTY of the row.</summary>
    public required long Quantity { get; init; }

    /// <summary>ORD_UNPR as entered (0 for market-like and closing-price types).</summary>
    public required decimal Price { get; set; }

    /// <summary>Whether this row lives in the etf tick grid / tax class.</summary>
    public required bool IsEtfLike { get; init; }

    /// <summary>When an unfilled rest stops being valid (end of its session).</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Per-share cash reserved for the unfilled rest of a buy (limit price or upper limit).</summary>
    public decimal ReservePrice { get; set; }

    /// <summary>For market-like orders that rested after sweeping the book: the limit they rest at (0 = any price).</summary>
    public decimal RestingLimit { get; set; }

    public long FilledQuantity { get; set; }

    public decimal FilledAmount { get; set; }

    /// <summary>Quantity moved to a modify row or cancelled by a cancel row.</summary>
    public long ReducedQuantity { get; set; }

    /// <summary>Quantity that lapsed at the end of its session, or was dropped by IOC/FOK.</summary>
    public long LapsedQuantity { get; set; }

    /// <summary>On a cancel row: the confirmed cancelled quantity (cnc_cfrm_qty).</summary>
    public long CancelConfirmedQuantity { get; set; }

    public decimal CommissionCharged { get; set; }

    public decimal TaxCharged { get; set; }

    /// <summary>Time of the last fill (infm_tmd), if any.</summary>
    public DateTimeOffset? LastFillAt { get; set; }

    public long RemainingQuantity => Action == OrderAction.Cancel ? 0 : Quantity - FilledQuantity - ReducedQuantity - LapsedQuantity;

    public bool IsOpen => RemainingQuantity > 0;

    /// <summary>Average fill price (avg_prvs), 0 without fills.</summary>
    public decimal AverageFillPrice => FilledQuantity == 0 ? 0m : FilledAmount / FilledQuantity;
}
