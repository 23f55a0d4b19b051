namespace KisTrader.Kis.Models;

/// <summary>Every domestic-stock REST endpoint the client calls (kis-api.md §4).</summary>
public static class KisEndpoints
{
    public const string QuotationsPrefix = "/uapi/domestic-stock/v1/quotations";
    public const string TradingPrefix = "/uapi/domestic-stock/v1/trading";

    /// <summary>현재가 시세.</summary>
    public static readonly KisEndpoint InquirePrice = new("inquire-price", $"{QuotationsPrefix}/inquire-price", "FHKST01010100", "FHKST01010100");

    /// <summary>현재가 체결 (last 30 prints, 체결강도).</summary>
    public static readonly KisEndpoint InquireCcnl = new("inquire-ccnl", $"{QuotationsPrefix}/inquire-ccnl", "FHKST01010300", "FHKST01010300");

    /// <summary>기간별시세 (D/W/M/Y), 100 rows per call, newest first.</summary>
    public static readonly KisEndpoint DailyItemChart = new("inquire-daily-itemchartprice", $"{QuotationsPrefix}/inquire-daily-itemchartprice", "FHKST03010100", "FHKST03010100");

    /// <summary>당일분봉: 30 one-minute bars at or before FID_INPUT_HOUR_1, newest first.</summary>
    public static readonly KisEndpoint TimeItemChart = new("inquire-time-itemchartprice", $"{QuotationsPrefix}/inquire-time-itemchartprice", "FHKST03010200", "FHKST03010200");

    /// <summary>시간외현재가 (real only).</summary>
    public static readonly KisEndpoint OvertimePrice = new("inquire-overtime-price", $"{QuotationsPrefix}/inquire-overtime-price", "FHPST02300000", null);

    /// <summary>시간외호가 (real only).</summary>
    public static readonly KisEndpoint OvertimeAskingPrice = new("inquire-overtime-asking-price", $"{QuotationsPrefix}/inquire-overtime-asking-price", "FHPST02300400", null);

    /// <summary>시간외시간별체결.</summary>
    public static readonly KisEndpoint TimeOvertimeConclusion = new("inquire-time-overtimeconclusion", $"{QuotationsPrefix}/inquire-time-overtimeconclusion", "FHPST02310000", "FHPST02310000");

    /// <summary>시간외일자별주가 (30 days).</summary>
    public static readonly KisEndpoint DailyOvertimePrice = new("inquire-daily-overtimeprice", $"{QuotationsPrefix}/inquire-daily-overtimeprice", "FHPST02320000", "FHPST02320000");

    /// <summary>업종 현재지수 (real only).</summary>
    public static readonly KisEndpoint IndexPrice = new("inquire-index-price", $"{QuotationsPrefix}/inquire-index-price", "FHPUP02100000", null);

    /// <summary>업종기간별시세.</summary>
    public static readonly KisEndpoint DailyIndexChart = new("inquire-daily-indexchartprice", $"{QuotationsPrefix}/inquire-daily-indexchartprice", "FHKUP03500100", "FHKUP03500100");

    /// <summary>거래량순위 (under /quotations; real only).</summary>
    public static readonly KisEndpoint VolumeRank = new("volume-rank", $"{QuotationsPrefix}/volume-rank", "FHPST01710000", null);

    /// <summary>휴장일 (real only; call about once a day).</summary>
    public static readonly KisEndpoint ChkHoliday = new("chk-holiday", $"{QuotationsPrefix}/chk-holiday", "CTCA0903R", null, Paging: KisPaging.Ctx);

    /// <summary>현금주문 매수.</summary>
    public static readonly KisEndpoint OrderCashBuy = new("order-cash", $"{TradingPrefix}/order-cash", "TTTC0012U", "VTTC0012U", IsPost: true);

    /// <summary>현금주문 매도.</summary>
    public static readonly KisEndpoint OrderCashSell = new("order-cash", $"{TradingPrefix}/order-cash", "TTTC0011U", "VTTC0011U", IsPost: true);

    /// <summary>정정취소.</summary>
    public static readonly KisEndpoint OrderRvsecncl = new("order-rvsecncl", $"{TradingPrefix}/order-rvsecncl", "TTTC0013U", "VTTC0013U", IsPost: true);

    /// <summary>잔고 (50 rows per page real, 20 paper).</summary>
    public static readonly KisEndpoint InquireBalance = new("inquire-balance", $"{TradingPrefix}/inquire-balance", "TTTC8434R", "VTTC8434R", Paging: KisPaging.Ctx100);

    /// <summary>일별주문체결, orders of the last 3 months (100 rows per page real, 15 paper).</summary>
    public static readonly KisEndpoint DailyCcld = new("inquire-daily-ccld", $"{TradingPrefix}/inquire-daily-ccld", "TTTC0081R", "VTTC0081R", Paging: KisPaging.Ctx100);

    /// <summary>일별주문체결, orders older than 3 months.</summary>
    public static readonly KisEndpoint DailyCcldOld = new("inquire-daily-ccld", $"{TradingPrefix}/inquire-daily-ccld", "CTSC9215R", "VTSC9215R", Paging: KisPaging.Ctx100);

    /// <summary>매수가능조회.</summary>
    public static readonly KisEndpoint InquirePsblOrder = new("inquire-psbl-order", $"{TradingPrefix}/inquire-psbl-order", "TTTC8908R", "VTTC8908R");

    /// <summary>정정취소가능주문조회 (real only; in paper use inquire-daily-ccld with CCLD_DVSN 02).</summary>
    public static readonly KisEndpoint InquirePsblRvsecncl = new("inquire-psbl-rvsecncl", $"{TradingPrefix}/inquire-psbl-rvsecncl", "TTTC0084R", null, Paging: KisPaging.Ctx100);

    /// <summary>All endpoints above.</summary>
    public static IReadOnlyList<KisEndpoint> All { get; } =
    [
        InquirePrice, InquireCcnl, DailyItemChart, TimeItemChart, OvertimePrice, OvertimeAskingPrice, TimeOvertimeConclusion,
        DailyOvertimePrice, IndexPrice, DailyIndexChart, VolumeRank, ChkHoliday, OrderCashBuy, OrderCashSell, OrderRvsecncl,
        InquireBalance, DailyCcld, DailyCcldOld, InquirePsblOrder, InquirePsblRvsecncl,
    ];
}
