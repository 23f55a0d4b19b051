namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// One listing's daily targets from the daily walk: the intraday generator reproduces them exactly (open = opening
/// auction, close = closing auction, regular volume incl. both auctions).
/// </summary>
/// <param name="BasePrice">기준가 = previous close.</param>
/// <param name="Upper">상한가.</param>
/// <param name="Lower">하한가.</param>
/// <param name="Open">Opening auction price.</param>
/// <param name="Close">Closing auction price (official close).</param>
/// <param name="Volume">Regular-session volume (auctions included, closing-price session excluded).</param>
/// <param name="ClosingPriceVolume">장후 시간외 종가 volume (15:40–16:00).</param>
/// <param name="AfterHoursTarget">Return of the last after-hours match vs the close (−0.095 … +0.095).</param>
/// <param name="Type">Day shape.</param>
/// <param name="MarketReturn">The listing's market factor return of the day.</param>
/// <param name="Regime">The day's regime.</param>
internal readonly record struct DailyRow(
    int BasePrice,
    int Upper,
    int Lower,
    int Open,
    int Close,
    long Volume,
    int ClosingPriceVolume,
    float AfterHoursTarget,
    DayType Type,
    float MarketReturn,
    DayRegime Regime)
{
    /// <summary>Volume including the closing-price session (the daily chart's acml_vol).</summary>
    public long TotalVolume => Volume + ClosingPriceVolume;
}
