using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Api;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// H0STOUP0 (after-hours match) and H0STOAC0 (after-hours indicative), both fields 1–43 of the H0STCNT0 list
/// (kis-api.md §5.4, CCLD_DVSN named cntg_cls_code). Changes are against the day's 기준가 like the regular feed.
/// </summary>
internal static class AfterHoursTickRecord
{
    public const int FieldCount = 43;

    /// <param name="a">After-hours state at the event.</param>
    /// <param name="basis">The day's price basis (기준가, limits, previous volume).</param>
    /// <param name="at">Event instant.</param>
    /// <param name="price">Match price (H0STOUP0) or indicative price (H0STOAC0).</param>
    /// <param name="volume">Match volume or indicative volume.</param>
    /// <param name="firstMatchAt">Time of the day's first after-hours match with volume.</param>
    /// <param name="listedShares">Listed shares (VOL_TNRT).</param>
    /// <param name="halted">TRHT_YN.</param>
    public static string[] Build(SimAfterHoursQuote a, SimDayBasis basis, DateTimeOffset at, decimal price, long volume, DateTimeOffset? firstMatchAt, long listedShares, bool halted)
    {
        var open = a.Open ?? price;
        var high = a.High ?? price;
        var low = a.Low ?? price;
        var book = a.Book;
        return
        [
            a.Code,
            KisFormat.Hhmmss(at),
            KisFormat.Int(price),
            KisFormat.Sign(price, basis.BasePrice, basis.UpperLimit, basis.LowerLimit),
            KisFormat.Int(price - basis.BasePrice),
            KisFormat.Percent(price, basis.BasePrice),
            KisFormat.Rate(a.Volume == 0 ? price : a.TradingValue / a.Volume),
            KisFormat.Int(open),
            KisFormat.Int(high),
            KisFormat.Int(low),
            KisFormat.Int(book.Asks.IsDefaultOrEmpty ? 0m : book.Asks[0].Price),
            KisFormat.Int(book.Bids.IsDefaultOrEmpty ? 0m : book.Bids[0].Price),
            KisFormat.Int(volume),
            KisFormat.Int(a.Volume),
            KisFormat.Int(a.TradingValue),
            "0",
            "0",
            "0",
            "0.00",
            "0",
            "0",
            "3",
            "0.00",
            KisFormat.Rate(basis.PrevVolume == 0 ? 0m : a.Volume * 100m / basis.PrevVolume),
            firstMatchAt is { } first ? KisFormat.Hhmmss(first) : "000000",
            KisFormat.SignOf(price - open),
            KisFormat.Int(price - open),
            "000000",
            KisFormat.SignOf(price - high),
            KisFormat.Int(price - high),
            "000000",
            KisFormat.SignOf(price - low),
            KisFormat.Int(price - low),
            KisFormat.Date(a.Date),
            "40",
            halted ? "Y" : "N",
            KisFormat.Int(book.Asks.IsDefaultOrEmpty ? 0 : book.Asks[0].Quantity),
            KisFormat.Int(book.Bids.IsDefaultOrEmpty ? 0 : book.Bids[0].Quantity),
            KisFormat.Int(book.TotalAskQuantity),
            KisFormat.Int(book.TotalBidQuantity),
            KisFormat.Rate(listedShares == 0 ? 0m : a.Volume * 100m / listedShares),
            "0",
            "0.00",
        ];
    }
}
