namespace KisTrader.Trading.Exits;

/// <summary>
/// The position return r = (price − average) ÷ average, and threshold tests done multiplicatively
/// (price − average ≥ t × average) so a boundary such as exactly +5% is never lost to a rounded division.
/// </summary>
internal readonly record struct ExitReturn(decimal Price, decimal AveragePrice)
{
    public decimal Value => (Price - AveragePrice) / AveragePrice;

    public bool AtOrAbove(decimal threshold) => Price - AveragePrice >= threshold * AveragePrice;

    public bool AtOrBelow(decimal threshold) => Price - AveragePrice <= threshold * AveragePrice;

    /// <summary>Reads the return, or explains why there is none (no shares, no average, no price).</summary>
    public static bool TryCreate(PositionSnapshot position, QuoteSnapshot quote, out ExitReturn r, out ExitDecision hold)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(quote);
        r = default;
        hold = null!;
        if (position.Quantity <= 0)
        {
            hold = ExitDecision.Hold("no shares held");
            return false;
        }

        if (position.AveragePrice <= 0)
        {
            hold = ExitDecision.Hold($"no valid average price ({DecisionText.Won(position.AveragePrice)})");
            return false;
        }

        if (quote.Price <= 0)
        {
            hold = ExitDecision.Hold($"no valid price ({DecisionText.Won(quote.Price)})");
            return false;
        }

        r = new ExitReturn(quote.Price, position.AveragePrice);
        return true;
    }
}
