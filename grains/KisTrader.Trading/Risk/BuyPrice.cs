using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>The price a buy is valued at: its limit, or for a market buy the upper limit (what the broker reserves).</summary>
internal static class BuyPrice
{
    public static decimal? Of(RiskCheck check, PriceGrid grid)
    {
        if (check.Order.Kind != OrderKind.Market)
        {
            return check.Order.LimitPrice;
        }

        return check.Quote is { PreviousClose: > 0m } quote ? grid.DailyLimits(quote.PreviousClose).Upper : null;
    }
}
