namespace KisTrader.GrainInterfaces;

/// <summary>A trade print (H0STCNT0, H0STOUP0) or an after-hours indicative price (H0STOAC0). Won, shares, percent.</summary>
/// <param name="BusinessDate">KST business date (BSOP_DATE).</param>
/// <param name="Price">Print price (STCK_PRPR).</param>
/// <param name="Change">Change against the previous close, signed.</param>
/// <param name="ChangeRate">Change rate, percent, signed.</param>
/// <param name="Open">Day open.</param>
/// <param name="High">Day high.</param>
/// <param name="Low">Day low.</param>
/// <param name="Volume">Volume of this print.</param>
/// <param name="CumulativeVolume">Day volume so far.</param>
/// <param name="CumulativeValue">Day trading value so far (거래대금).</param>
/// <param name="Strength">체결강도 (buy volume / sell volume × 100).</param>
/// <param name="BestAsk">Best ask.</param>
/// <param name="BestBid">Best bid.</param>
/// <param name="Side">"Buy", "Sell", "Auction" or "Unknown".</param>
/// <param name="MarketOperationCode">신 장운영 구분 (e.g. 20 장중, 40 시간외단일가).</param>
/// <param name="Halted">거래정지.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketTick")]
public sealed record MarketTick(
    [property: Id(0)] DateOnly BusinessDate,
    [property: Id(1)] decimal Price,
    [property: Id(2)] decimal Change,
    [property: Id(3)] decimal ChangeRate,
    [property: Id(4)] decimal Open,
    [property: Id(5)] decimal High,
    [property: Id(6)] decimal Low,
    [property: Id(7)] long Volume,
    [property: Id(8)] long CumulativeVolume,
    [property: Id(9)] decimal CumulativeValue,
    [property: Id(10)] decimal Strength,
    [property: Id(11)] decimal BestAsk,
    [property: Id(12)] decimal BestBid,
    [property: Id(13)] string Side,
    [property: Id(14)] string MarketOperationCode,
    [property: Id(15)] bool Halted);
