using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>Sells everything when lower ≤ r ≤ upper (default −1.5% … +1.5%): a position going nowhere before the close.</summary>
public sealed class FlatRangeRule : IExitRule
{
    private readonly PriceGrid _grid;

    public FlatRangeRule(decimal lower, decimal upper, PriceGrid grid)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lower, upper);
        ArgumentNullException.ThrowIfNull(grid);
        Lower = lower;
        Upper = upper;
        _grid = grid;
    }

    /// <summary>The inclusive lower edge of the range.</summary>
    public decimal Lower { get; }

    /// <summary>The inclusive upper edge of the range.</summary>
    public decimal Upper { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        if (!ExitReturn.TryCreate(position, quote, out var r, out var hold))
        {
            return hold;
        }

        var range = $"flat range [{DecisionText.Pct(Lower)}, {DecisionText.Pct(Upper)}]";
        var text = $"r {DecisionText.Pct(r.Value)}";
        return r.AtOrAbove(Lower) && r.AtOrBelow(Upper)
            ? ExitOrders.Sell(position, quote.BestBid, ExitReason.FlatRangeExit, position.Quantity, r.Value, $"{text} within {range}", _grid)
            : ExitDecision.Hold($"{text} outside {range}", r.Value);
    }
}
