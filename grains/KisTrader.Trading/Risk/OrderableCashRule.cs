using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>
/// A buy must fit the orderable cash (strategy.md §5: checked before every buy): quantity × price (a market buy at the
/// upper limit) × (1 + <see cref="RiskOptions.CommissionReserveRate"/>) ≤ 주문가능현금. Without the figure: refused.
/// </summary>
public sealed class OrderableCashRule(RiskOptions options, PriceGrid grid) : EntryCostRule(grid)
{
    protected override string NoAccountText => "the account's orderable cash is unknown";

    protected override string NoQuoteText => "the buy's cost is unknown";

    protected override RiskRefusal? Judge(RiskOrder order, RiskAccount account, decimal price)
    {
        var amount = order.Quantity * price;
        var needed = amount + (amount * options.CommissionReserveRate);
        return needed > account.OrderableCash
            ? new RiskRefusal(
                RiskCodes.OrderableCash,
                $"{order.Quantity} × {RiskText.Won(price)} = {RiskText.Won(amount)} won plus commission reserve = {RiskText.Won(needed)} won exceeds the orderable cash {RiskText.Won(account.OrderableCash)} won")
            : null;
    }
}
