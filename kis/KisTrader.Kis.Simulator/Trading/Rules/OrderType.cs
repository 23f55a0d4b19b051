namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>How an ORD_DVSN code trades on this exchange.</summary>
internal enum OrderPricing
{
    /// <summary>Priced at ORD_UNPR (00, 02 until the closing auction, 11, 12, 07).</summary>
    Limit,

    /// <summary>Takes any price (01, 13, 14; 03/04 are handled as marketable at the best level).</summary>
    Market,

    /// <summary>최유리지정가 (03, 15, 16): a limit at the best opposite price at entry.</summary>
    BestOpposite,

    /// <summary>최우선지정가 (04): a limit at the best same-side price at entry.</summary>
    BestSame,

    /// <summary>Fixed price: the previous close (05) or today's close (06).</summary>
    ClosingPrice,
}

/// <summary>Time condition of an order.</summary>
internal enum OrderTimeCondition
{
    Day,
    ImmediateOrCancel,
    FillOrKill,
}

/// <summary>The session an order type belongs to.</summary>
internal enum OrderSession
{
    /// <summary>08:30–15:30 (opening auction intake, continuous session, closing auction).</summary>
    Regular,

    /// <summary>09:00–15:20 only (IOC/FOK, 최유리, 최우선: not allowed in single-price periods).</summary>
    ContinuousOnly,

    /// <summary>05: 08:30–08:40 at the previous close.</summary>
    PreMarketClosingPrice,

    /// <summary>06: 15:40–16:00 at today's close.</summary>
    AfterCloseClosingPrice,

    /// <summary>07: 16:00–18:00 single-price auctions every 10 minutes.</summary>
    AfterHoursSinglePrice,
}

/// <summary>An ORD_DVSN code this exchange accepts (kis-api.md §4.9).</summary>
internal sealed record OrderType(string Code, string Name, OrderPricing Pricing, OrderTimeCondition Condition, OrderSession Session, bool RealOnly)
{
    private static readonly Dictionary<string, OrderType> Known = new[]
    {
        new OrderType("00", "지정가", OrderPricing.Limit, OrderTimeCondition.Day, OrderSession.Regular, false),
        new OrderType("01", "시장가", OrderPricing.Market, OrderTimeCondition.Day, OrderSession.Regular, false),
        new OrderType("02", "조건부지정가", OrderPricing.Limit, OrderTimeCondition.Day, OrderSession.Regular, false),
        new OrderType("03", "최유리지정가", OrderPricing.BestOpposite, OrderTimeCondition.Day, OrderSession.ContinuousOnly, false),
        new OrderType("04", "최우선지정가", OrderPricing.BestSame, OrderTimeCondition.Day, OrderSession.ContinuousOnly, false),
        new OrderType("05", "장전 시간외", OrderPricing.ClosingPrice, OrderTimeCondition.Day, OrderSession.PreMarketClosingPrice, true),
        new OrderType("06", "장후 시간외", OrderPricing.ClosingPrice, OrderTimeCondition.Day, OrderSession.AfterCloseClosingPrice, true),
        new OrderType("07", "시간외 단일가", OrderPricing.Limit, OrderTimeCondition.Day, OrderSession.AfterHoursSinglePrice, true),
        new OrderType("11", "IOC지정가", OrderPricing.Limit, OrderTimeCondition.ImmediateOrCancel, OrderSession.ContinuousOnly, true),
        new OrderType("12", "FOK지정가", OrderPricing.Limit, OrderTimeCondition.FillOrKill, OrderSession.ContinuousOnly, true),
        new OrderType("13", "IOC시장가", OrderPricing.Market, OrderTimeCondition.ImmediateOrCancel, OrderSession.ContinuousOnly, true),
        new OrderType("14", "FOK시장가", OrderPricing.Market, OrderTimeCondition.FillOrKill, OrderSession.ContinuousOnly, true),
        new OrderType("15", "IOC최유리", OrderPricing.BestOpposite, OrderTimeCondition.ImmediateOrCancel, OrderSession.ContinuousOnly, true),
        new OrderType("16", "FOK최유리", OrderPricing.BestOpposite, OrderTimeCondition.FillOrKill, OrderSession.ContinuousOnly, true),
    }.ToDictionary(t => t.Code, StringComparer.Ordinal);

    /// <summary>The type for an ORD_DVSN code, or null when this exchange does not take it.</summary>
    public static OrderType? Find(string code) => Known.GetValueOrDefault(code);

    /// <summary>Whether ORD_UNPR is the order's price (otherwise it is ignored and "0" is expected).</summary>
    public bool UsesPrice => Pricing == OrderPricing.Limit;

    /// <summary>Whether the type reserves buying power at the upper limit (its fill price is unknown at entry).</summary>
    public bool ReservesAtUpperLimit => Pricing is OrderPricing.Market or OrderPricing.BestOpposite or OrderPricing.BestSame;
}
