namespace KisTrader.Kis.Simulator.Market;

/// <summary>Static facts of a listing (what the master file and inquire-price describe).</summary>
/// <param name="Code">Short code: 6 digits, ETNs "Q" + 6 digits (kis-api.md §4.1).</param>
/// <param name="Name">Korean name (hts_kor_isnm).</param>
/// <param name="Isin">Standard code (표준코드, 12 chars, valid ISIN check digit).</param>
/// <param name="Market">KOSPI or KOSDAQ.</param>
/// <param name="Kind">Security kind.</param>
/// <param name="SectorName">업종명 (bstp_kor_isnm).</param>
/// <param name="ListedShares">상장주수 (lstn_stcn).</param>
/// <param name="FaceValue">액면가 in won (0 for no-par / funds).</param>
/// <param name="ListedOn">상장일자.</param>
/// <param name="Halted">거래정지: no trades, empty book; price stays at the base price.</param>
/// <param name="Administrative">관리종목.</param>
/// <param name="Warning">시장경고.</param>
internal sealed record SimListing(
    string Code,
    string Name,
    string Isin,
    SimMarketId Market,
    SimListingKind Kind,
    string SectorName,
    long ListedShares,
    int FaceValue,
    DateOnly ListedOn,
    bool Halted,
    bool Administrative,
    SimMarketWarning Warning)
{
    /// <summary>ETF/ETN: 5-won tick at every price and no transaction tax.</summary>
    public bool EtfTick => Kind is SimListingKind.Etf or SimListingKind.Etn;
}

/// <summary>The price basis of a listing on a trading day: 기준가 (= previous close) and the ±30% daily limits.</summary>
/// <param name="Code">Listing code.</param>
/// <param name="Date">KST trading date.</param>
/// <param name="BasePrice">기준가 = previous trading day's close.</param>
/// <param name="UpperLimit">상한가 (base × 1.3 rounded down to the grid).</param>
/// <param name="LowerLimit">하한가 (base × 0.7 rounded up to the grid).</param>
/// <param name="PrevVolume">Previous trading day's volume.</param>
/// <param name="PrevTradingValue">Previous trading day's trading value (won).</param>
/// <param name="PrevMarketCap">전일기준 시가총액 (won) = base price × listed shares.</param>
internal sealed record SimDayBasis(
    string Code,
    DateOnly Date,
    decimal BasePrice,
    decimal UpperLimit,
    decimal LowerLimit,
    long PrevVolume,
    decimal PrevTradingValue,
    decimal PrevMarketCap);
