using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>Builds sell decisions: sizing against the free quantity and pricing at the best bid rounded down to the grid.</summary>
internal static class ExitOrders
{
    /// <summary>
    /// A sell of <paramref name="wanted"/> shares (capped at the free quantity), as a limit at the best bid rounded
    /// down, or as a market order when <paramref name="market"/> is set or the book has no bid to price a limit.
    /// </summary>
    public static ExitDecision Sell(
        PositionSnapshot position,
        decimal? bestBid,
        ExitReason reason,
        long wanted,
        decimal? r,
        string why,
        PriceGrid grid,
        bool market = false)
    {
        var free = position.FreeQuantity;
        var quantity = Math.Min(wanted, free);
        if (quantity <= 0)
        {
            return ExitDecision.Hold(
                $"{why}; but all {position.Quantity} shares are already in working exit orders", r);
        }

        var covered = quantity < wanted ? $" ({wanted - quantity} already in working exit orders)" : string.Empty;
        if (market || bestBid is not > 0m)
        {
            var how = market ? "market order" : "market order (no bid to price a limit)";
            return new ExitDecision
            {
                Action = ExitAction.Sell,
                Reason = reason,
                Quantity = quantity,
                OrderType = ExitOrderType.Market,
                Return = r,
                Explanation = $"{why}: sell {quantity}{covered} by {how}",
            };
        }

        var limit = grid.RoundDown(bestBid.Value);
        return new ExitDecision
        {
            Action = ExitAction.Sell,
            Reason = reason,
            Quantity = quantity,
            OrderType = ExitOrderType.Limit,
            LimitPrice = limit,
            Return = r,
            Explanation = $"{why}: sell {quantity}{covered} limit {DecisionText.Won(limit)} (best bid {DecisionText.Won(bestBid.Value)})",
        };
    }

    /// <summary>
    /// The partial quantity: ceil(quantity × fraction), at most the quantity. Rounding up sells at least the
    /// configured share (7 shares at 50% sell 4), and a single remaining share is sold whole.
    /// </summary>
    public static long PartialQuantity(long quantity, decimal fraction)
    {
        if (quantity <= 0)
        {
            return 0;
        }

        var part = (long)Math.Ceiling(quantity * fraction);
        return Math.Clamp(part, 1, quantity);
    }
}
