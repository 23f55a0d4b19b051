using KisOrderSide = KisTrader.Kis.Models.OrderSide;
using TradingOrderSide = KisTrader.Trading.Money.OrderSide;

namespace KisTrader.Grains.Kis;

/// <summary>
/// The one mapping between the KIS client's order side (REST orders and WebSocket fill notices) and the strategy
/// core's: the same concept on both sides of the boundary (the core does not reference the client).
/// </summary>
public static class OrderSides
{
    /// <summary>The core's side of a KIS order or fill notice.</summary>
    public static TradingOrderSide ToTrading(this KisOrderSide side) => side switch
    {
        KisOrderSide.Buy => TradingOrderSide.Buy,
        KisOrderSide.Sell => TradingOrderSide.Sell,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not a KIS order side"),
    };

    /// <summary>The KIS side of a core order.</summary>
    public static KisOrderSide ToKis(this TradingOrderSide side) => side switch
    {
        TradingOrderSide.Buy => KisOrderSide.Buy,
        TradingOrderSide.Sell => KisOrderSide.Sell,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "not an order side"),
    };
}
