namespace KisTrader.Kis.WebSocket;

/// <summary>Realtime TR IDs this client parses (kis-api.md §5.4) and their record field counts.</summary>
public static class KisRealtimeTrIds
{
    /// <summary>실시간체결가 KRX, 46 fields, tr_key = 6-digit code.</summary>
    public const string Trade = "H0STCNT0";

    /// <summary>실시간호가 KRX (10 levels), 59 fields.</summary>
    public const string OrderBook = "H0STASP0";

    /// <summary>체결통보 (real), encrypted, 26 fields, tr_key = HTS ID.</summary>
    public const string FillNotice = "H0STCNI0";

    /// <summary>체결통보 (paper), encrypted, 26 fields, tr_key = HTS ID.</summary>
    public const string FillNoticePaper = "H0STCNI9";

    /// <summary>시간외 실시간체결가 (16:00–18:00), fields 1–43 of the H0STCNT0 list.</summary>
    public const string AfterHoursTrade = "H0STOUP0";

    /// <summary>시간외 실시간호가 (9 levels), 54 fields.</summary>
    public const string AfterHoursOrderBook = "H0STOAA0";

    /// <summary>시간외 실시간예상체결, fields 1–43 of the H0STCNT0 list.</summary>
    public const string AfterHoursExpectedTrade = "H0STOAC0";

    /// <summary>지수 체결, 30 fields, tr_key = index code (0001 KOSPI, 1001 KOSDAQ).</summary>
    public const string IndexTrade = "H0UPCNT0";

    /// <summary>Fields per record the client needs (more are tolerated: KIS appends fields over time); 0 = not parsed here.</summary>
    public static int RequiredFields(string trId) => trId switch
    {
        Trade => TradeTickParser.RegularFields,
        AfterHoursTrade or AfterHoursExpectedTrade => TradeTickParser.AfterHoursFields,
        OrderBook => OrderBookParser.RegularFields,
        AfterHoursOrderBook => OrderBookParser.AfterHoursFields,
        IndexTrade => IndexTickParser.Fields,
        FillNotice or FillNoticePaper => FillNoticeParser.Fields,
        _ => 0,
    };

    /// <summary>Whether the TR's payload is AES-encrypted (체결통보).</summary>
    public static bool IsEncrypted(string trId) => trId is FillNotice or FillNoticePaper;
}
