using System.Collections.Immutable;
using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.Risk;

/// <summary>
/// Every gate an order passes before it is sent (issue 10 "Safety"), in a fixed order: the account's switches, the
/// order's shape and tick grid, the session window, the symbol's trading status, the price limits, then for buys the
/// daily loss, the position size and the orderable cash. The first refusal is the answer.
/// </summary>
public sealed class RiskGates
{
    public RiskGates(RiskOptions options, PriceGrid grid)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(grid);
        Rules =
        [
            new KillSwitchRule(),
            new TickGridRule(grid),
            new SessionWindowRule(),
            new TradingStatusRule(options),
            new PriceLimitRule(grid),
            new DailyLossRule(options),
            new PositionSizeRule(options, grid),
            new OrderableCashRule(options, grid),
        ];
    }

    /// <summary>The gates, in the order they are asked.</summary>
    public ImmutableArray<IRiskRule> Rules { get; }

    /// <summary>The first refusal, or null when every gate lets the order through.</summary>
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        foreach (var rule in Rules)
        {
            if (rule.Check(check) is { } refusal)
            {
                return refusal;
            }
        }

        return null;
    }
}
