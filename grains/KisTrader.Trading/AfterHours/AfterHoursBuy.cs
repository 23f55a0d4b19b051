namespace KisTrader.Trading.AfterHours;

/// <summary>The buy placed for a symbol at a checkpoint.</summary>
/// <param name="Checkpoint">The base checkpoint time.</param>
/// <param name="OrderPrice">The limit price.</param>
/// <param name="Quantity">The ordered quantity.</param>
public sealed record AfterHoursBuy(TimeOnly Checkpoint, decimal OrderPrice, long Quantity)
{
    /// <summary>KRW committed: price × quantity.</summary>
    public decimal Amount => OrderPrice * Quantity;
}
