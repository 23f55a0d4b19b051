using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-time-itemchartprice <c>output2</c> row: one minute of today. <see cref="Time"/> is the minute's start (KST).
/// Before the current minute's first trade KIS shows the previous minute's volume in the newest row (kis-api.md §4.4).
/// </summary>
public sealed record MinuteBar
{
    /// <summary>stck_bsop_date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>stck_cntg_hour (KST).</summary>
    public TimeOnly Time { get; init; }

    /// <summary>stck_oprc.</summary>
    public decimal Open { get; init; }

    /// <summary>stck_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>stck_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>stck_prpr: the minute's close.</summary>
    public decimal Close { get; init; }

    /// <summary>cntg_vol: the minute's volume.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn: the day's trading value up to and including this minute.</summary>
    public decimal CumulativeTradingValue { get; init; }

    /// <summary>The minute's start as an instant (KST).</summary>
    public DateTimeOffset Start => KisTime.ToInstant(Date, Time);

    /// <summary>Parses <c>output2</c> (newest first, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<MinuteBar> ParseRows(JsonElement output2) => KisFields.Rows(output2, MinuteChartSummary.EndpointName, "output2", f => new MinuteBar
    {
        Date = f.Date("stck_bsop_date"),
        Time = f.Time("stck_cntg_hour"),
        Open = f.Number("stck_oprc"),
        High = f.Number("stck_hgpr"),
        Low = f.Number("stck_lwpr"),
        Close = f.Number("stck_prpr"),
        Volume = f.Whole("cntg_vol"),
        CumulativeTradingValue = f.Number("acml_tr_pbmn"),
    });
}
