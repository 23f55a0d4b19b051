namespace KisTrader.Trading.Money;

/// <summary>An open position marked at a price, with the costs of selling it all there (strategy.md §8).</summary>
/// <param name="Price">The price marked at.</param>
/// <param name="Quantity">Shares held.</param>
/// <param name="MarketValue">Price × quantity.</param>
/// <param name="EstimatedCommission">Commission of selling everything at the price.</param>
/// <param name="EstimatedTax">Transaction tax of selling everything at the price.</param>
/// <param name="OpenCost">Net cost (amount + buy commission) still carried by the held shares.</param>
public sealed record PositionValuation(
    decimal Price,
    long Quantity,
    decimal MarketValue,
    decimal EstimatedCommission,
    decimal EstimatedTax,
    decimal OpenCost)
{
    /// <summary>What selling everything at the price would bring in: market value − commission − tax.</summary>
    public decimal NetLiquidationValue => MarketValue - EstimatedCommission - EstimatedTax;

    /// <summary>Unrealised P&amp;L net of both sides' costs: net liquidation value − open cost.</summary>
    public decimal UnrealisedPnL => NetLiquidationValue - OpenCost;

    /// <summary>Unrealised P&amp;L ÷ open cost (0 when flat).</summary>
    public decimal UnrealisedReturn => OpenCost == 0 ? 0 : UnrealisedPnL / OpenCost;
}
