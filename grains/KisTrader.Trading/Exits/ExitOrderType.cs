namespace KisTrader.Trading.Exits;

/// <summary>The kind of sell order an exit uses, with its KIS order division code (ORD_DVSN, kis-api.md §4.9).</summary>
public enum ExitOrderType
{
    /// <summary>Limit order at the best bid rounded down to the grid; KIS ORD_DVSN "00" (지정가).</summary>
    Limit,

    /// <summary>Market order; KIS ORD_DVSN "01" (시장가).</summary>
    Market,
}
