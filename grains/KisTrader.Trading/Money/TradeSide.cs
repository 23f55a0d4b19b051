namespace KisTrader.Trading.Money;

/// <summary>The side of a fill.</summary>
public enum TradeSide
{
    Buy,
    Sell,
}
