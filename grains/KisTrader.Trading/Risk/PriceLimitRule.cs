using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>
/// A priced order lies within the daily limits (±30% of the previous close, on the grid: upper rounded down, lower
/// rounded up); an after-hours single-price order also within ±10% of the day's close (strategy.md §8). Market orders
/// have no price to check. Without a quote the limits are unknown: refused.
/// </summary>
public sealed class PriceLimitRule(PriceGrid grid) : IRiskRule
{
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var order = check.Order;
        if (order.Kind == OrderKind.Market || order.LimitPrice is not { } price)
        {
            return null;
        }

        if (check.Quote is not { } quote || quote.PreviousClose <= 0m)
        {
            return new RiskRefusal(RiskCodes.NoQuote, $"no previous close for {order.Symbol}: the price limits are unknown");
        }

        var limits = grid.DailyLimits(quote.PreviousClose);
        if (!limits.Contains(price))
        {
            var side = price > limits.Upper ? $"above the upper limit {RiskText.Won(limits.Upper)}" : $"below the lower limit {RiskText.Won(limits.Lower)}";
            return new RiskRefusal(RiskCodes.PriceLimit, $"price {RiskText.Won(price)} {side} (previous close {RiskText.Won(quote.PreviousClose)})");
        }

        if (order.Kind != OrderKind.AfterHoursSinglePrice)
        {
            return null;
        }

        if (quote.Price <= 0m)
        {
            return new RiskRefusal(RiskCodes.NoQuote, $"no close for {order.Symbol}: the after-hours band is unknown");
        }

        var band = grid.AfterHoursBand(quote.Price);
        if (band.Contains(price))
        {
            return null;
        }

        var where = price > band.Upper ? $"above the after-hours upper bound {RiskText.Won(band.Upper)}" : $"below the after-hours lower bound {RiskText.Won(band.Lower)}";
        return new RiskRefusal(RiskCodes.AfterHoursBand, $"price {RiskText.Won(price)} {where} (day's close {RiskText.Won(quote.Price)})");
    }
}
