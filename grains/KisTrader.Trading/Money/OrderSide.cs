namespace KisTrader.Trading.Money;

/// <summary>
/// The side of an order and of its fills, as the strategy core sees it. The KIS client has the same concept
/// (<c>KisTrader.Kis.Models.OrderSide</c>); the core does not reference the client, so the grains map between the two
/// in one place (<c>KisTrader.Grains.Kis.OrderSides</c>).
/// </summary>
public enum OrderSide
{
    /// <summary>A buy (매수).</summary>
    Buy,

    /// <summary>A sell (매도).</summary>
    Sell,
}
