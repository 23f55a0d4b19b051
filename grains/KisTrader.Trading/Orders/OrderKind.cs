namespace KisTrader.Trading.Orders;

/// <summary>The order types the strategy uses, with their KIS ORD_DVSN codes (kis-api.md §4.9).</summary>
public enum OrderKind
{
    /// <summary>Limit (지정가), ORD_DVSN "00".</summary>
    Limit,

    /// <summary>Market (시장가), ORD_DVSN "01".</summary>
    Market,

    /// <summary>After-hours single price (시간외단일가), ORD_DVSN "07", 16:00–18:00 with a limit price.</summary>
    AfterHoursSinglePrice,
}
