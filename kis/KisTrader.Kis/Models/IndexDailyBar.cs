using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-daily-indexchartprice <c>output2</c> row: one day (or period) of an index, newest first.</summary>
public sealed record IndexDailyBar
{
    /// <summary>stck_bsop_date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>bstp_nmix_oprc.</summary>
    public decimal Open { get; init; }

    /// <summary>bstp_nmix_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>bstp_nmix_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>bstp_nmix_prpr: the close.</summary>
    public decimal Close { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>mod_yn.</summary>
    public bool? Adjusted { get; init; }

    /// <summary>Parses <c>output2</c> (newest first, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<IndexDailyBar> ParseRows(JsonElement output2) => KisFields.Rows(output2, IndexChartSummary.EndpointName, "output2", f => new IndexDailyBar
    {
        Date = f.Date("stck_bsop_date"),
        Open = f.Number("bstp_nmix_oprc"),
        High = f.Number("bstp_nmix_hgpr"),
        Low = f.Number("bstp_nmix_lwpr"),
        Close = f.Number("bstp_nmix_prpr"),
        Volume = f.Whole("acml_vol"),
        TradingValue = f.Number("acml_tr_pbmn"),
        Adjusted = f.OptionalFlag("mod_yn"),
    });
}
