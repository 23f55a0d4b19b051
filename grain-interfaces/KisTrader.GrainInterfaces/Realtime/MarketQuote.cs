using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>An order book: H0STASP0 (10 levels) or H0STOAA0 (after hours, 9 levels). Level 1 first; empty levels have price 0.</summary>
/// <param name="AfterHours">True for H0STOAA0.</param>
/// <param name="HourClassCode">HOUR_CLS_CODE: 0 장중, A 장후예상, B 장전예상, D 시간외단일가 ….</param>
/// <param name="Asks">Ask levels, best first.</param>
/// <param name="Bids">Bid levels, best first.</param>
/// <param name="TotalAskQuantity">Total resting ask quantity.</param>
/// <param name="TotalBidQuantity">Total resting bid quantity.</param>
/// <param name="ExpectedPrice">예상체결가; 0 when none.</param>
/// <param name="ExpectedVolume">예상거래량.</param>
/// <param name="CumulativeVolume">Day volume so far.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketQuote")]
public sealed record MarketQuote(
    [property: Id(0)] bool AfterHours,
    [property: Id(1)] string HourClassCode,
    [property: Id(2)] ImmutableArray<QuoteLevel> Asks,
    [property: Id(3)] ImmutableArray<QuoteLevel> Bids,
    [property: Id(4)] long TotalAskQuantity,
    [property: Id(5)] long TotalBidQuantity,
    [property: Id(6)] decimal ExpectedPrice,
    [property: Id(7)] long ExpectedVolume,
    [property: Id(8)] long CumulativeVolume);
