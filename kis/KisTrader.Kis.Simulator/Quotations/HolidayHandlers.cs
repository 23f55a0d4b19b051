using System.Globalization;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Quotations;

/// <summary>
/// chk-holiday (CTCA0903R): one row per calendar day from BASS_DT (or the paging context), <see cref="PageDays"/> days per
/// call; more pages while the simulator's calendar goes on (tr_cont "M", ctx_area_nk = the next date), then "D".
/// </summary>
internal static class HolidayHandlers
{
    /// <summary>Days per page (the real page size is not documented).</summary>
    public const int PageDays = 20;

    public static QuotationReply ChkHoliday(ISimMarketStatistics market, QuotationQuery query)
    {
        var start = query.Date("BASS_DT");
        if (start is null)
        {
            return QuotationReply.BadInput("BASS_DT");
        }

        // A continuation carries the next date in CTX_AREA_NK.
        if (query.Date("CTX_AREA_NK") is { } next && next > start)
        {
            start = next;
        }

        var rows = new List<KisRow>(PageDays);
        var date = start.Value;
        for (var k = 0; k < PageDays && date <= market.LastTradingDay; k++, date = date.AddDays(1))
        {
            var session = market.Session(date);
            var weekday = date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var business = weekday && (session.IsTradingDay || IsBankBusinessDayOnly(date));
            rows.Add(new KisRow(6)
                .Add("bass_dt", KisFormat.Date(date))
                .Add("wday_dvsn_cd", ((int)date.DayOfWeek + 1).ToString("00", CultureInfo.InvariantCulture))
                .Add("bzdy_yn", KisFormat.YesNo(business))
                .Add("tr_day_yn", KisFormat.YesNo(business))
                .Add("opnd_yn", KisFormat.YesNo(session.IsTradingDay))
                .Add("sttl_day_yn", KisFormat.YesNo(session.IsTradingDay)));
        }

        var more = date <= market.LastTradingDay;
        return QuotationReply.Output(rows)
            .WithExtra("ctx_area_fk", "")
            .WithExtra("ctx_area_nk", more ? KisFormat.Date(date) : "")
            .WithTrCont(more ? "M" : "D");
    }

    /// <summary>Market closures on which banks still work (근로자의 날, the year-end closing day).</summary>
    private static bool IsBankBusinessDayOnly(DateOnly date) => (date.Month, date.Day) is (5, 1) or (12, 31);
}
