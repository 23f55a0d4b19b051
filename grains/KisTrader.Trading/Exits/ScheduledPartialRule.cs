using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>
/// The optional variant of the partial (<see cref="ExitOptions.PartialAtAfternoonStart"/>): sells a share of what
/// remains as soon as its window is active, whatever the return, once per position.
/// </summary>
public sealed class ScheduledPartialRule : IExitRule
{
    private readonly PriceGrid _grid;

    public ScheduledPartialRule(decimal fraction, PriceGrid grid)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(fraction, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1m);
        ArgumentNullException.ThrowIfNull(grid);
        Fraction = fraction;
        _grid = grid;
    }

    /// <summary>The share of the remaining quantity sold.</summary>
    public decimal Fraction { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        if (!ExitReturn.TryCreate(position, quote, out var r, out var hold))
        {
            return hold;
        }

        if (position.PartialTaken)
        {
            return ExitDecision.Hold("scheduled partial already taken (once per position)", r.Value);
        }

        var part = ExitOrders.PartialQuantity(position.Quantity, Fraction);
        return ExitOrders.Sell(position, quote.BestBid, ExitReason.PartialTakeProfit, part, r.Value,
            $"scheduled partial at the afternoon start (r {DecisionText.Pct(r.Value)}), {DecisionText.Pct(Fraction).TrimStart('+')} of {position.Quantity} rounded up = {part}",
            _grid);
    }
}
