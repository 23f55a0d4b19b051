namespace KisTrader.Trading.Money;

/// <summary>One execution (체결) of an order: partial fills are normal and each one is a fill.</summary>
/// <param name="Side">Buy or sell.</param>
/// <param name="Quantity">Shares executed; positive.</param>
/// <param name="Price">Execution price in KRW; positive.</param>
/// <param name="Time">When it executed.</param>
public sealed record Fill(OrderSide Side, long Quantity, decimal Price, DateTimeOffset Time)
{
    /// <summary>The traded amount: price × quantity.</summary>
    public decimal Amount => Price * Quantity;
}
