using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>
/// Sells a share (default 50%, rounded up) of what remains when r ≥ the threshold (default +3%), once per position:
/// after the partial order is placed the caller sets <see cref="PositionSnapshot.PartialTaken"/>.
/// </summary>
public sealed class PartialTakeProfitRule : IExitRule
{
    private readonly PriceGrid _grid;

    public PartialTakeProfitRule(decimal threshold, decimal fraction, PriceGrid grid)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0m);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(fraction, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1m);
        ArgumentNullException.ThrowIfNull(grid);
        Threshold = threshold;
        Fraction = fraction;
        _grid = grid;
    }

    /// <summary>The return at or above which the partial is taken.</summary>
    public decimal Threshold { get; }

    /// <summary>The share of the remaining quantity sold.</summary>
    public decimal Fraction { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        if (!ExitReturn.TryCreate(position, quote, out var r, out var hold))
        {
            return hold;
        }

        var text = $"r {DecisionText.Pct(r.Value)}";
        if (position.PartialTaken)
        {
            return ExitDecision.Hold($"{text}; partial take profit already taken (once per position)", r.Value);
        }

        if (!r.AtOrAbove(Threshold))
        {
            return ExitDecision.Hold($"{text} < partial take profit {DecisionText.Pct(Threshold)}", r.Value);
        }

        var part = ExitOrders.PartialQuantity(position.Quantity, Fraction);
        return ExitOrders.Sell(position, quote.BestBid, ExitReason.PartialTakeProfit, part, r.Value,
            $"{text} ≥ partial take profit {DecisionText.Pct(Threshold)}, {DecisionText.Pct(Fraction).TrimStart('+')} of {position.Quantity} rounded up = {part}",
            _grid);
    }
}
