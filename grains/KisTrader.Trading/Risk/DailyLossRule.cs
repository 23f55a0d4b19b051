namespace KisTrader.Trading.Risk;

/// <summary>No new entries once the day's realized net loss reaches <see cref="RiskOptions.MaxDailyLossKrw"/> (sells go on).</summary>
public sealed class DailyLossRule(RiskOptions options) : IRiskRule
{
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.Order.IsEntry)
        {
            return null;
        }

        var loss = -check.RealizedPnLToday;
        return loss >= options.MaxDailyLossKrw
            ? new RiskRefusal(RiskCodes.DailyLoss, $"realized loss today {RiskText.Won(loss)} won reaches the limit {RiskText.Won(options.MaxDailyLossKrw)} won")
            : null;
    }
}
