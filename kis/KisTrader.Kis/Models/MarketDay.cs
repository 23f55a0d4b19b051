using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// chk-holiday <c>output</c> row: one calendar day. Use <see cref="IsOpen"/> (opnd_yn, 개장일) to decide whether orders
/// can be placed; a bank business day (e.g. 근로자의 날) can still be closed for trading.
/// </summary>
public sealed record MarketDay
{
    public const string EndpointName = "chk-holiday";

    /// <summary>bass_dt.</summary>
    public DateOnly Date { get; init; }

    /// <summary>wday_dvsn_cd: 01 Sunday … 07 Saturday.</summary>
    public required string WeekdayCode { get; init; }

    /// <summary>bzdy_yn (영업일).</summary>
    public bool IsBusinessDay { get; init; }

    /// <summary>tr_day_yn (거래일: 입출금 가능).</summary>
    public bool IsTransactionDay { get; init; }

    /// <summary>opnd_yn (개장일): the stock market is open.</summary>
    public bool IsOpen { get; init; }

    /// <summary>sttl_day_yn (결제일).</summary>
    public bool IsSettlementDay { get; init; }

    /// <summary>Parses <c>output</c> (date order, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<MarketDay> ParseRows(JsonElement output) => KisFields.Rows(output, EndpointName, "output", f => new MarketDay
    {
        Date = f.Date("bass_dt"),
        WeekdayCode = f.OptionalText("wday_dvsn_cd") ?? string.Empty,
        IsBusinessDay = f.Flag("bzdy_yn"),
        IsTransactionDay = f.Flag("tr_day_yn"),
        IsOpen = f.Flag("opnd_yn"),
        IsSettlementDay = f.Flag("sttl_day_yn"),
    });
}
