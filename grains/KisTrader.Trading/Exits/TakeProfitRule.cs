using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>Sells everything when r ≥ the take profit (e.g. +5% in the morning window).</summary>
public sealed class TakeProfitRule : IExitRule
{
    private readonly PriceGrid _grid;

    public TakeProfitRule(decimal threshold, PriceGrid grid)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0m);
        ArgumentNullException.ThrowIfNull(grid);
        Threshold = threshold;
        _grid = grid;
    }

    /// <summary>The return at or above which everything is sold.</summary>
    public decimal Threshold { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        if (!ExitReturn.TryCreate(position, quote, out var r, out var hold))
        {
            return hold;
        }

        var text = $"r {DecisionText.Pct(r.Value)}";
        return r.AtOrAbove(Threshold)
            ? ExitOrders.Sell(position, quote.BestBid, ExitReason.TakeProfit, position.Quantity, r.Value,
                $"{text} ≥ take profit {DecisionText.Pct(Threshold)}", _grid)
            : ExitDecision.Hold($"{text} < take profit {DecisionText.Pct(Threshold)}", r.Value);
    }
}
