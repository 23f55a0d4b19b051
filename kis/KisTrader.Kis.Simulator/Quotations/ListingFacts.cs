using System.Globalization;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// Derived listing facts shown by the quotation endpoints: status codes, market names and stable synthetic fundamentals
/// (PER/PBR/EPS/BPS, foreign ownership) derived from the code so they never change between calls.
/// </summary>
internal static class ListingFacts
{
    public static string MarketName(SimListing l) => l.Kind switch
    {
        SimListingKind.Etf => "ETF",
        SimListingKind.Etn => "ETN",
        _ => l.Market == SimMarketId.Kospi ? "KOSPI" : "KOSDAQ",
    };

    /// <summary>iscd_stat_cls_code: 58 거래정지, 51 관리종목, 52 투자위험, 53 투자경고, 54 투자주의, 55 신용가능 (normal).</summary>
    public static string StatusCode(SimListing l) =>
        l.Halted ? "58"
        : l.Administrative ? "51"
        : l.Warning switch { SimMarketWarning.Risk => "52", SimMarketWarning.Warning => "53", SimMarketWarning.Caution => "54", _ => "55" };

    public static string WarningCode(SimListing l) => ((int)l.Warning).ToString("00", CultureInfo.InvariantCulture);

    public static string WarningName(SimListing l) => l.Warning switch
    {
        SimMarketWarning.Caution => "투자주의",
        SimMarketWarning.Warning => "투자경고",
        SimMarketWarning.Risk => "투자위험",
        _ => "",
    };

    public static bool Risky(SimListing l) => l.Administrative || l.Warning != SimMarketWarning.None || l.Kind is SimListingKind.Etn or SimListingKind.Spac;

    public static bool CreditAble(SimListing l) => !Risky(l) && l.Kind is SimListingKind.Stock or SimListingKind.Etf;

    public static decimal MarginRate(SimListing l) => Risky(l) ? 100m : 40m;

    /// <summary>자본금 in 억원.</summary>
    public static decimal CapitalEok(SimListing l) => Math.Round(l.ListedShares * (decimal)l.FaceValue / 100_000_000m);

    private static int Seed(SimListing l) => int.Parse(l.Code[^5..], CultureInfo.InvariantCulture);

    /// <summary>Synthetic EPS: the price over a PER between 5 and 40 chosen by the code.</summary>
    public static decimal Per(SimListing l) => l.Kind is SimListingKind.Stock or SimListingKind.Preferred ? 5m + (Seed(l) % 3500 / 100m) : 0m;

    public static decimal Pbr(SimListing l) => l.Kind is SimListingKind.Stock or SimListingKind.Preferred ? 0.3m + (Seed(l) % 270 / 100m) : 0m;

    public static decimal Eps(SimListing l, decimal basePrice) => Per(l) == 0 ? 0 : Math.Round(basePrice / Per(l));

    public static decimal Bps(SimListing l, decimal basePrice) => Pbr(l) == 0 ? 0 : Math.Round(basePrice / Pbr(l));

    /// <summary>HTS 외국인 소진율 (%), stable per listing; large caps hold more.</summary>
    public static decimal ForeignRatio(SimListing l) => l.Kind is SimListingKind.Stock ? (Seed(l) % 4000) / 100m : 0m;
}
