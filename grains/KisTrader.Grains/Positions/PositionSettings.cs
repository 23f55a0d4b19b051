using KisTrader.Trading.Exits;
using KisTrader.Trading.Money;
using KisTrader.Trading.Pricing;

namespace KisTrader.Grains.Positions;

/// <summary>What every position grain needs besides its state: the strategy's exit rules, tick grid and costs, and the run options.</summary>
/// <param name="Exits">Validated exit options (<c>Strategy:Exits</c>).</param>
/// <param name="Grid">The tick grid.</param>
/// <param name="Costs">Commission and tax.</param>
/// <param name="Options">How the grains run.</param>
public sealed record PositionSettings(ExitOptions Exits, PriceGrid Grid, CostModel Costs, PositionOptions Options);
