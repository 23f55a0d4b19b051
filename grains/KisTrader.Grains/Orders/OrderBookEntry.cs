namespace KisTrader.Grains.Orders;

/// <summary>
/// Which order owns a broker order number on a trading date (old entries are dropped). KIS numbers orders (ODNO) per day
/// and per branch (KRX_FWDG_ORD_ORGNO): the same number comes back on another day, so an entry is its (date, branch,
/// number) — <see cref="OrderNumber"/> and <see cref="OrgNumber"/> are null in entries stored before they were kept (their
/// dictionary key is then the bare number).
/// </summary>
[GenerateSerializer, Immutable, Alias("KisTrader.OrderBookEntry")]
public sealed record OrderBookEntry(
    [property: Id(0)] string ClientOrderId,
    [property: Id(1)] DateOnly TradingDate,
    [property: Id(2)] string? OrderNumber = null,
    [property: Id(3)] string? OrgNumber = null)
{
    /// <summary>The book's key of (date, branch, number); an unknown branch is empty.</summary>
    public static string Key(DateOnly tradingDate, string? orgNumber, string orderNumber) =>
        $"{tradingDate:yyyyMMdd}/{orgNumber?.Trim()}/{orderNumber.Trim()}";

    /// <summary>Whether this entry is <paramref name="orderNumber"/> of <paramref name="tradingDate"/> (any branch when <paramref name="orgNumber"/> is unknown).</summary>
    public bool Is(string storedKey, DateOnly tradingDate, string? orgNumber, string orderNumber) =>
        TradingDate == tradingDate
        && string.Equals(OrderNumber ?? storedKey, orderNumber.Trim(), StringComparison.Ordinal)
        && (string.IsNullOrWhiteSpace(orgNumber) || string.IsNullOrWhiteSpace(OrgNumber) || string.Equals(OrgNumber, orgNumber.Trim(), StringComparison.Ordinal));

    /// <summary>The order number of this entry (older entries: their dictionary key).</summary>
    public string NumberOf(string storedKey) => OrderNumber ?? storedKey;
}
