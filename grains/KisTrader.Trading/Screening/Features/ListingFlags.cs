namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// Listing facts that exclude a symbol from the universe whatever its numbers (strategy.md §1), typically from the KRX
/// master files (kis-api.md §6) and the day's quote (halt, 관리종목).
/// </summary>
[Flags]
public enum ListingFlags
{
    None = 0,

    /// <summary>SPAC (스팩, 기업인수목적회사).</summary>
    Spac = 1 << 0,

    /// <summary>REIT (리츠 / 부동산투자회사), including fund-like group codes.</summary>
    Reit = 1 << 1,

    /// <summary>Preferred share (우선주).</summary>
    Preferred = 1 << 2,

    /// <summary>ETF.</summary>
    Etf = 1 << 3,

    /// <summary>ETN.</summary>
    Etn = 1 << 4,

    /// <summary>ELW.</summary>
    Elw = 1 << 5,

    /// <summary>Trading halted (거래정지) that day.</summary>
    Halted = 1 << 6,

    /// <summary>Under administrative designation (관리종목) that day.</summary>
    AdministrativeDesignation = 1 << 7,
}
