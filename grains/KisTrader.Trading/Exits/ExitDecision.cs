namespace KisTrader.Trading.Exits;

/// <summary>
/// The outcome of evaluating exit rules for one position at one instant. A sell carries everything needed to place
/// the order (quantity, order type, limit price, KIS ORD_DVSN); every decision explains itself for the journal and UI.
/// </summary>
public sealed record ExitDecision
{
    /// <summary>Hold or sell.</summary>
    public required ExitAction Action { get; init; }

    /// <summary>Why the shares are sold; null for a hold.</summary>
    public ExitReason? Reason { get; init; }

    /// <summary>Shares to sell in a new order (0 for a hold). Never more than the position's free quantity.</summary>
    public long Quantity { get; init; }

    /// <summary>Limit or market; meaningful only for a sell.</summary>
    public ExitOrderType OrderType { get; init; }

    /// <summary>The limit price (best bid rounded down to the grid), or null for a market order or a hold.</summary>
    public decimal? LimitPrice { get; init; }

    /// <summary>The return r = (price − average) ÷ average the decision was taken on, when a price was available.</summary>
    public decimal? Return { get; init; }

    /// <summary>The clock window the decision was taken in (set by <see cref="ExitPolicy"/>).</summary>
    public ExitWindow? Window { get; init; }

    /// <summary>A human-readable reason, e.g. "r -3.00% ≤ stop loss -3.00%: sell all 100".</summary>
    public required string Explanation { get; init; }

    /// <summary>True for a sell.</summary>
    public bool IsSell => Action == ExitAction.Sell;

    /// <summary>The KIS ORD_DVSN of the order to place ("00" limit, "01" market), or null for a hold.</summary>
    public string? OrderDivision => IsSell ? OrderType.ToOrderDivision() : null;

    /// <summary>A decision to do nothing.</summary>
    public static ExitDecision Hold(string explanation, decimal? r = null) =>
        new() { Action = ExitAction.Hold, Explanation = explanation, Return = r };
}
