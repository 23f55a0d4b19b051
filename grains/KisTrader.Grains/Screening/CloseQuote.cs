using KisTrader.Trading.Screening.Features;

namespace KisTrader.Grains.Screening;

/// <summary>A listing's quote at the close (inquire-price), reduced to what the screen reads.</summary>
/// <param name="Code">Short code.</param>
/// <param name="Close">stck_prpr at/after the close.</param>
/// <param name="PreviousClose">stck_prpr − prdy_vrss.</param>
/// <param name="Volume">acml_vol.</param>
/// <param name="TradingValue">acml_tr_pbmn, KRW.</param>
/// <param name="Vwap">wghn_avrg_stck_prc, when sent.</param>
/// <param name="MarketCap">Listed shares × close, exact, KRW (0 = unknown: the quote gave no share count; never the rounded hts_avls).</param>
/// <param name="Flags">Flags the quote adds for today (거래정지, 관리종목).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.Funnel.CloseQuote")]
public sealed record CloseQuote(
    [property: Id(0)] string Code,
    [property: Id(1)] decimal Close,
    [property: Id(2)] decimal PreviousClose,
    [property: Id(3)] long Volume,
    [property: Id(4)] decimal TradingValue,
    [property: Id(5)] decimal? Vwap,
    [property: Id(6)] decimal MarketCap,
    [property: Id(7)] ListingFlags Flags);
