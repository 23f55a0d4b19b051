namespace KisTrader.Kis.Models;

/// <summary>ORD_DVSN (주문구분), kis-api.md §4.9. Paper trading accepts only 00–04.</summary>
public enum OrderDivision
{
    /// <summary>00 지정가 (limit).</summary>
    Limit = 0,

    /// <summary>01 시장가 (market); ORD_UNPR "0".</summary>
    Market = 1,

    /// <summary>02 조건부지정가: limit that turns into a market order at the close; regular session only.</summary>
    ConditionalLimit = 2,

    /// <summary>03 최유리지정가.</summary>
    BestLimit = 3,

    /// <summary>04 최우선지정가.</summary>
    PriorityLimit = 4,

    /// <summary>05 장전 시간외 (08:30–08:40 at the previous close; price "0").</summary>
    PreMarketClosingPrice = 5,

    /// <summary>06 장후 시간외 (15:40–16:00 at today's close; price "0").</summary>
    AfterMarketClosingPrice = 6,

    /// <summary>07 시간외 단일가 (16:00–18:00, within ±10% of the close).</summary>
    AfterHoursSinglePrice = 7,

    /// <summary>11 IOC지정가.</summary>
    IocLimit = 11,

    /// <summary>12 FOK지정가.</summary>
    FokLimit = 12,

    /// <summary>13 IOC시장가.</summary>
    IocMarket = 13,

    /// <summary>14 FOK시장가.</summary>
    FokMarket = 14,

    /// <summary>15 IOC최유리.</summary>
    IocBest = 15,

    /// <summary>16 FOK최유리.</summary>
    FokBest = 16,
}
