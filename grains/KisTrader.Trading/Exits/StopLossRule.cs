using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>Sells everything when r ≤ the stop loss (e.g. −3%).</summary>
public sealed class StopLossRule : IExitRule
{
    private readonly PriceGrid _grid;

    public StopLossRule(decimal threshold, PriceGrid grid)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(threshold, 0m);
        ArgumentNullException.ThrowIfNull(grid);
        Threshold = threshold;
        _grid = grid;
    }

    /// <summary>The (negative) return at or below which everything is sold.</summary>
    public decimal Threshold { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        if (!ExitReturn.TryCreate(position, quote, out var r, out var hold))
        {
            return hold;
        }

        var text = $"r {DecisionText.Pct(r.Value)}";
        return r.AtOrBelow(Threshold)
            ? ExitOrders.Sell(position, quote.BestBid, ExitReason.StopLoss, position.Quantity, r.Value,
                $"{text} ≤ stop loss {DecisionText.Pct(Threshold)}", _grid)
            : ExitDecision.Hold($"{text} > stop loss {DecisionText.Pct(Threshold)}", r.Value);
    }
}
