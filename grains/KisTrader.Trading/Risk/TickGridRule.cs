using KisTrader.Trading.Orders;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>The order's shape: a positive quantity; limit and after-hours orders priced on the tick grid; market orders unpriced.</summary>
public sealed class TickGridRule(PriceGrid grid) : IRiskRule
{
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var order = check.Order;
        if (order.Quantity <= 0)
        {
            return new RiskRefusal(RiskCodes.Quantity, $"quantity {order.Quantity} is not positive");
        }

        if (order.Kind == OrderKind.Market)
        {
            return order.LimitPrice is null or 0m
                ? null
                : new RiskRefusal(RiskCodes.TickGrid, $"a market order carries no price (got {RiskText.Won(order.LimitPrice.Value)})");
        }

        if (order.LimitPrice is not { } price || price <= 0m)
        {
            return new RiskRefusal(RiskCodes.TickGrid, $"{RiskText.Kind(order.Kind)} orders need a positive limit price");
        }

        if (!grid.IsOnGrid(price))
        {
            var tick = grid.TickSize(price);
            return new RiskRefusal(
                RiskCodes.TickGrid,
                $"price {RiskText.Won(price)} is off the tick grid (tick {RiskText.Won(tick)}: {RiskText.Won(grid.RoundDown(price))} or {RiskText.Won(grid.RoundUp(price))})");
        }

        return null;
    }
}
