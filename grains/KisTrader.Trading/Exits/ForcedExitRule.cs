using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Exits;

/// <summary>
/// Sells everything whatever the return (closing auction, 15:20–15:30): a limit order at the best bid before
/// <see cref="MarketFrom"/> (base 15:25), a market order from then on. Works without a quote (a market order then).
/// </summary>
public sealed class ForcedExitRule : IExitRule
{
    private readonly PriceGrid _grid;

    public ForcedExitRule(DateTimeOffset marketFrom, PriceGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        MarketFrom = marketFrom;
        _grid = grid;
    }

    /// <summary>From this instant on the forced exit goes in as a market order.</summary>
    public DateTimeOffset MarketFrom { get; }

    public ExitDecision Evaluate(PositionSnapshot position, QuoteSnapshot quote, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(quote);
        decimal? r = position.AveragePrice > 0 && quote.Price > 0
            ? (quote.Price - position.AveragePrice) / position.AveragePrice
            : null;
        return Decide(position, quote.BestBid, r, now);
    }

    /// <summary>The forced exit when no quote has been seen today (e.g. a halted symbol): a market order for everything.</summary>
    public ExitDecision EvaluateWithoutQuote(PositionSnapshot position, DateTimeOffset now) => Decide(position, null, null, now);

    private ExitDecision Decide(PositionSnapshot position, decimal? bestBid, decimal? r, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (position.Quantity <= 0)
        {
            return ExitDecision.Hold("no shares held");
        }

        var market = now >= MarketFrom;
        var why = market
            ? $"forced exit at or after {DecisionText.Instant(MarketFrom)}"
            : "forced exit (closing auction) whatever the return" + (r is { } v ? $", r {DecisionText.Pct(v)}" : string.Empty);
        return ExitOrders.Sell(position, bestBid, ExitReason.ForcedExit, position.Quantity, r, why, _grid, market);
    }
}
