using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Trading.Api;

namespace KisTrader.Kis.Simulator.WebSocket.Frames;

/// <summary>
/// H0STASP0 (59 fields: code, time, hour class, 10 asks, 10 bids, their quantities, totals, after-hours totals,
/// expected price block, volume, total changes, deal class) and H0STOAA0 (54: the same with 9 levels, no deal class).
/// </summary>
internal static class AskingPriceRecord
{
    public const int RegularFieldCount = 59;
    public const int AfterHoursFieldCount = 54;

    /// <param name="book">The book.</param>
    /// <param name="levels">10 (H0STASP0) or 9 (H0STOAA0).</param>
    /// <param name="hourClass">HOUR_CLS_CODE: 0 장중, A 장후예상, B 장전예상, D 시간외단일가.</param>
    /// <param name="basis">기준가 for the expected-price change.</param>
    /// <param name="expectedPrice">ANTC_CNPR (0 when none).</param>
    /// <param name="expectedVolume">ANTC_CNQN / ANTC_VOL.</param>
    /// <param name="cumulativeVolume">ACML_VOL.</param>
    /// <param name="askChange">Change of the total ask quantity since the previous record of this key.</param>
    /// <param name="bidChange">Change of the total bid quantity since the previous record of this key.</param>
    public static string[] Build(
        SimBook book,
        int levels,
        string hourClass,
        SimDayBasis basis,
        decimal expectedPrice,
        long expectedVolume,
        long cumulativeVolume,
        long askChange,
        long bidChange)
    {
        var afterHours = levels == 9;
        var fields = new List<string>(afterHours ? AfterHoursFieldCount : RegularFieldCount) { book.Code, KisFormat.Hhmmss(book.At), hourClass };
        fields.AddRange(Levels(book.Asks, levels, l => l.Price));
        fields.AddRange(Levels(book.Bids, levels, l => l.Price));
        fields.AddRange(Levels(book.Asks, levels, l => l.Quantity));
        fields.AddRange(Levels(book.Bids, levels, l => l.Quantity));
        var totalAsk = book.TotalAskQuantity;
        var totalBid = book.TotalBidQuantity;
        var expectedChange = expectedPrice == 0m ? 0m : expectedPrice - basis.BasePrice;
        fields.AddRange(
        [
            KisFormat.Int(totalAsk),
            KisFormat.Int(totalBid),
            KisFormat.Int(afterHours ? totalAsk : 0),
            KisFormat.Int(afterHours ? totalBid : 0),
            KisFormat.Int(expectedPrice),
            KisFormat.Int(expectedVolume),
            KisFormat.Int(expectedVolume),
            KisFormat.Int(expectedChange),
            KisFormat.SignOf(expectedChange),
            KisFormat.Rate(expectedPrice == 0m || basis.BasePrice == 0m ? 0m : expectedChange * 100m / basis.BasePrice),
            KisFormat.Int(cumulativeVolume),
            KisFormat.Int(askChange),
            KisFormat.Int(bidChange),
            KisFormat.Int(afterHours ? askChange : 0),
            KisFormat.Int(afterHours ? bidChange : 0),
        ]);
        if (!afterHours)
        {
            fields.Add("0");
        }

        return [.. fields];
    }

    private static IEnumerable<string> Levels(System.Collections.Immutable.ImmutableArray<SimBookLevel> side, int levels, Func<SimBookLevel, decimal> value)
    {
        for (var i = 0; i < levels; i++)
        {
            yield return !side.IsDefault && i < side.Length ? KisFormat.Int(value(side[i])) : "0";
        }
    }
}
