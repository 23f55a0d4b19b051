namespace KisTrader.Trading.Risk;

/// <summary>
/// The symbol's trading status: halted (거래정지 / 임시정지) refuses every order; a volatility interruption refuses buys,
/// and sells too when <see cref="RiskOptions.RefuseExitsDuringVi"/>. Without a quote the status is unknown: refused.
/// </summary>
public sealed class TradingStatusRule(RiskOptions options) : IRiskRule
{
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var order = check.Order;
        if (check.Quote is not { } quote)
        {
            return new RiskRefusal(RiskCodes.NoQuote, $"no quote for {order.Symbol}: its trading status is unknown");
        }

        if (quote.Halted)
        {
            return new RiskRefusal(RiskCodes.Halted, $"trading in {order.Symbol} is halted");
        }

        return quote.ViActive && (order.IsEntry || options.RefuseExitsDuringVi)
            ? new RiskRefusal(RiskCodes.Vi, $"{order.Symbol} is in a volatility interruption (VI)")
            : null;
    }
}
