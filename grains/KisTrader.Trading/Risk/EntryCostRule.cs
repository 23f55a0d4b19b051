using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>
/// The skeleton of the gates that value a buy: exits pass; an entry without the account's figures or without a price
/// (<see cref="BuyPrice"/>) is refused with the gate's own wording; otherwise <see cref="Judge"/> decides.
/// </summary>
public abstract class EntryCostRule(PriceGrid grid) : IRiskRule
{
    /// <summary>What cannot be checked without the account (completes "the account's … is unknown").</summary>
    protected abstract string NoAccountText { get; }

    /// <summary>What the missing price leaves unknown (completes "no price for SYMBOL: …").</summary>
    protected abstract string NoQuoteText { get; }

    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var order = check.Order;
        if (!order.IsEntry)
        {
            return null;
        }

        if (check.Account is not { } account)
        {
            return new RiskRefusal(RiskCodes.NoAccount, NoAccountText);
        }

        return BuyPrice.Of(check, grid) is { } price
            ? Judge(order, account, price)
            : new RiskRefusal(RiskCodes.NoQuote, $"no price for {order.Symbol}: {NoQuoteText}");
    }

    /// <summary>Judges an entry valued at <paramref name="price"/> per share.</summary>
    protected abstract RiskRefusal? Judge(RiskOrder order, RiskAccount account, decimal price);
}
