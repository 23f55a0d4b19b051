namespace KisTrader.Trading.Screening.Universe;

/// <summary>
/// Why a listing left the universe (strategy.md §1). The numeric order is the documented order in which
/// <see cref="UniverseFilter"/> reports them: listing kind, then trading status, then market cap, close and trading value.
/// Every reason that applies is recorded, in this order.
/// </summary>
public enum ExclusionReason
{
    /// <summary>SPAC (스팩).</summary>
    Spac = 0,

    /// <summary>REIT (리츠 / 부동산투자회사).</summary>
    Reit = 1,

    /// <summary>Preferred share (우선주).</summary>
    Preferred = 2,

    /// <summary>ETF.</summary>
    Etf = 3,

    /// <summary>ETN.</summary>
    Etn = 4,

    /// <summary>ELW.</summary>
    Elw = 5,

    /// <summary>Trading halted (거래정지).</summary>
    Halted = 6,

    /// <summary>Administrative designation (관리종목).</summary>
    AdministrativeDesignation = 7,

    /// <summary>Market cap below the minimum (1,000억).</summary>
    MarketCapBelowMinimum = 8,

    /// <summary>Market cap above the maximum (10조).</summary>
    MarketCapAboveMaximum = 9,

    /// <summary>Close below the minimum (1,000 KRW).</summary>
    CloseBelowMinimum = 10,

    /// <summary>Close above the maximum (500,000 KRW).</summary>
    CloseAboveMaximum = 11,

    /// <summary>Day trading value (거래대금) below the minimum (100억).</summary>
    TradingValueBelowMinimum = 12,
}
