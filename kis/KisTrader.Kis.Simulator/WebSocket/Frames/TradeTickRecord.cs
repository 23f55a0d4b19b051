using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Api;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// H0STCNT0 (46 fields, kis-api.md §5.4) from the quote at a print. H0STOUP0/H0STOAC0 use fields 1–43 of the same
/// list and are built by <see cref="AfterHoursTickRecord"/>.
/// </summary>
internal static class TradeTickRecord
{
    public const int FieldCount = 46;

    /// <param name="q">The quote at the print's instant.</param>
    /// <param name="print">The print (trade or auction match) that produced the record.</param>
    /// <param name="book">The book at the instant (quantities of the best levels and totals).</param>
    /// <param name="listedShares">Listed shares (VOL_TNRT).</param>
    /// <param name="halted">TRHT_YN.</param>
    /// <param name="previousDaySameTimeVolume">Cumulative volume of the previous trading day at the same time.</param>
    public static string[] Build(SimQuote q, SimMarketEvent print, SimBook? book, long listedShares, bool halted, long previousDaySameTimeVolume)
    {
        var basis = q.Basis;
        var open = q.Open ?? q.Price;
        var high = q.High ?? q.Price;
        var low = q.Low ?? q.Price;
        var buyCount = q.BuyCount;
        var sellCount = q.SellCount;
        var continuous = q.BuyVolume + q.SellVolume;
        return
        [
            q.Code,
            KisFormat.Hhmmss(print.At),
            KisFormat.Int(q.Price),
            KisFormat.Sign(q.Price, basis.BasePrice, basis.UpperLimit, basis.LowerLimit),
            KisFormat.Int(q.Change),
            KisFormat.Rate(q.ChangeRate),
            KisFormat.Rate(q.Vwap),
            KisFormat.Int(open),
            KisFormat.Int(high),
            KisFormat.Int(low),
            KisFormat.Int(q.Ask1),
            KisFormat.Int(q.Bid1),
            KisFormat.Int(print.Volume),
            KisFormat.Int(q.Volume),
            KisFormat.Int(q.TradingValue),
            KisFormat.Int(sellCount),
            KisFormat.Int(buyCount),
            KisFormat.Int(buyCount - sellCount),
            KisFormat.Rate(q.Strength),
            KisFormat.Int(q.SellVolume),
            KisFormat.Int(q.BuyVolume),
            print.Side switch { SimSide.Buy => "1", SimSide.Sell => "5", _ => "3" },
            KisFormat.Rate(continuous == 0 ? 0m : q.BuyVolume * 100m / continuous),
            KisFormat.Rate(basis.PrevVolume == 0 ? 0m : q.Volume * 100m / basis.PrevVolume),
            q.OpenAt is { } openAt ? KisFormat.Hhmmss(openAt) : "000000",
            KisFormat.SignOf(q.Price - open),
            KisFormat.Int(q.Price - open),
            q.HighAt is { } highAt ? KisFormat.Hhmmss(highAt) : "000000",
            KisFormat.SignOf(q.Price - high),
            KisFormat.Int(q.Price - high),
            q.LowAt is { } lowAt ? KisFormat.Hhmmss(lowAt) : "000000",
            KisFormat.SignOf(q.Price - low),
            KisFormat.Int(q.Price - low),
            KisFormat.Date(q.Date),
            MarketOperationCode(q.Phase),
            halted ? "Y" : "N",
            KisFormat.Int(book is { Asks.IsDefaultOrEmpty: false } ? book.Asks[0].Quantity : 0),
            KisFormat.Int(book is { Bids.IsDefaultOrEmpty: false } ? book.Bids[0].Quantity : 0),
            KisFormat.Int(book?.TotalAskQuantity ?? 0),
            KisFormat.Int(book?.TotalBidQuantity ?? 0),
            KisFormat.Rate(listedShares == 0 ? 0m : q.Volume * 100m / listedShares),
            KisFormat.Int(previousDaySameTimeVolume),
            KisFormat.Rate(previousDaySameTimeVolume == 0 ? 0m : q.Volume * 100m / previousDaySameTimeVolume),
            "0",
            string.Empty,
            KisFormat.Int(basis.BasePrice),
        ];
    }

    /// <summary>NEW_MKOP_CLS_CODE: 1x 장개시전, 2x 장중, 3x 장종료후 (31 종가), 4x 시간외단일가.</summary>
    public static string MarketOperationCode(SimPhase phase) => phase switch
    {
        SimPhase.PreOpen => "10",
        SimPhase.Continuous or SimPhase.ClosingAuction => "20",
        SimPhase.ClosingPriceSession => "31",
        SimPhase.AfterHours => "40",
        _ => "30",
    };
}
