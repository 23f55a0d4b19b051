using KisTrader.Trading.Screening.Features;
using MarketKind = KisTrader.Trading.Market.Market;

namespace KisTrader.Grains.Screening;

/// <summary>One listing from the KRX master files, with the facts the funnel needs before any broker call.</summary>
/// <param name="Code">Short code (6 digits; ETN Q + 6).</param>
/// <param name="Name">Korean name.</param>
/// <param name="Market">KOSPI or KOSDAQ.</param>
/// <param name="Flags">Exclusion flags known from the master file (SPAC, REIT/fund, preferred, ETF/ETN, halted, 관리종목).</param>
/// <param name="PriorMarketCap">Market cap at the previous close, KRW (0 when the file gives none).</param>
/// <param name="BasePrice">기준가: the reference of today's ±30% limits, KRW (0 when the file gives none).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.UniverseMember")]
public sealed record UniverseMember(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] MarketKind Market,
    [property: Id(3)] ListingFlags Flags,
    [property: Id(4)] decimal PriorMarketCap,
    [property: Id(5)] decimal BasePrice);
