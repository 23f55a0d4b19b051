namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>One holding of an account (mutable under the trading book's lock).</summary>
internal sealed class SimHolding
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required bool IsEtfLike { get; init; }

    public long Quantity { get; set; }

    /// <summary>Purchase amount of the quantity held (pchs_amt): fills at their prices, fees excluded.</summary>
    public decimal PurchaseAmount { get; set; }

    public long TodayBuyQuantity { get; set; }

    public long TodaySellQuantity { get; set; }

    public long PreviousDayBuyQuantity { get; set; }

    public long PreviousDaySellQuantity { get; set; }

    /// <summary>pchs_avg_pric: purchase amount per share held.</summary>
    public decimal AveragePrice => Quantity == 0 ? 0m : PurchaseAmount / Quantity;

    /// <summary>KIS keeps a fully sold position listed (qty 0) while it has trades of today or the previous day.</summary>
    public bool IsListed => Quantity > 0 || TodayBuyQuantity > 0 || TodaySellQuantity > 0 || PreviousDayBuyQuantity > 0 || PreviousDaySellQuantity > 0;
}
