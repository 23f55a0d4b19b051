namespace KisTrader.Kis.Models;

/// <summary>One price level of the after-hours order book (inquire-overtime-asking-price).</summary>
/// <param name="Level">1 = best.</param>
/// <param name="Price">Price (won).</param>
/// <param name="Quantity">Resting quantity (잔량).</param>
/// <param name="QuantityChange">Change of the quantity since the previous snapshot (증감), when sent.</param>
public sealed record OvertimeBookLevel(int Level, decimal Price, long Quantity, long? QuantityChange);
