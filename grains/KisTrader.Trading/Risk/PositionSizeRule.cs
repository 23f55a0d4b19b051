using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>
/// A buy may not take the symbol's position above <see cref="RiskOptions.MaxPositionKrw"/>: (held + bought) × the buy's
/// price (a market buy at the upper limit). Without the account's holding or a price: refused.
/// </summary>
public sealed class PositionSizeRule(RiskOptions options, PriceGrid grid) : EntryCostRule(grid)
{
    protected override string NoAccountText => "the account's holding is unknown: the position size cannot be checked";

    protected override string NoQuoteText => "the position size cannot be checked";

    protected override RiskRefusal? Judge(RiskOrder order, RiskAccount account, decimal price)
    {
        var shares = account.HeldQuantity + order.Quantity;
        var value = shares * price;
        return value > options.MaxPositionKrw
            ? new RiskRefusal(
                RiskCodes.PositionSize,
                $"{account.HeldQuantity} held + {order.Quantity} bought = {shares} shares × {RiskText.Won(price)} = {RiskText.Won(value)} won exceeds the maximum position {RiskText.Won(options.MaxPositionKrw)} won")
            : null;
    }
}
