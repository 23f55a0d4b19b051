namespace KisTrader.Trading.Exits;

/// <summary>KIS order division codes for exit orders (kis-api.md §4.9).</summary>
public static class ExitOrderTypeExtensions
{
    /// <summary>KIS ORD_DVSN for a limit order (지정가).</summary>
    public const string LimitOrderDivision = "00";

    /// <summary>KIS ORD_DVSN for a market order (시장가).</summary>
    public const string MarketOrderDivision = "01";

    /// <summary>The KIS ORD_DVSN code of the order type.</summary>
    public static string ToOrderDivision(this ExitOrderType type) => type switch
    {
        ExitOrderType.Limit => LimitOrderDivision,
        ExitOrderType.Market => MarketOrderDivision,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown exit order type"),
    };
}
