using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;

namespace KisTrader.Trading.Risk;

/// <summary>The order the gates judge (what the order grain is about to send).</summary>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Side">Buy or sell; every buy is a new entry (strategy or manual), every sell an exit.</param>
/// <param name="Kind">Limit, market or after-hours single price.</param>
/// <param name="Quantity">Shares.</param>
/// <param name="LimitPrice">The limit price (limit and after-hours orders), or null for market.</param>
/// <param name="Purpose">Entry, exit or manual (recorded; the gates go by the side).</param>
/// <param name="TradingDate">The session date the order was meant for.</param>
public sealed record RiskOrder(
    string Symbol, OrderSide Side, OrderKind Kind, long Quantity, decimal? LimitPrice, OrderPurpose Purpose, DateOnly TradingDate)
{
    /// <summary>True for a buy: the gates that protect new entries apply.</summary>
    public bool IsEntry => Side == OrderSide.Buy;
}
