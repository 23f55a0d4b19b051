using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-daily-itemchartprice <c>output2</c> row: one day (or week/month/year; <see cref="Date"/> is then the period's
/// last trading day). KIS pads short answers with all-blank rows; those are skipped.
/// </summary>
public sealed record DailyBar
{
    /// <summary>stck_bsop_date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>stck_oprc.</summary>
    public decimal Open { get; init; }

    /// <summary>stck_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>stck_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>stck_clpr.</summary>
    public decimal Close { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn (won).</summary>
    public decimal TradingValue { get; init; }

    /// <summary>prdy_vrss: close − previous close (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>flng_cls_code (락 구분: 00 none, 01 권리락, 02 배당락, ...); "" when blank.</summary>
    public string AdjustmentCode { get; init; } = string.Empty;

    /// <summary>prtt_rate (분할비율).</summary>
    public decimal? SplitRate { get; init; }

    /// <summary>mod_yn (수정주가 여부).</summary>
    public bool? Adjusted { get; init; }

    /// <summary>revl_issu_reas (재평가사유코드).</summary>
    public string? RevaluationReason { get; init; }

    /// <summary>Parses <c>output2</c> (newest first, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<DailyBar> ParseRows(JsonElement output2) => KisFields.Rows(output2, DailyChartSummary.EndpointName, "output2", f =>
    {
        var sign = f.OptionalSign("prdy_vrss_sign");
        return new DailyBar
        {
            Date = f.Date("stck_bsop_date"),
            Open = f.Number("stck_oprc"),
            High = f.Number("stck_hgpr"),
            Low = f.Number("stck_lwpr"),
            Close = f.Number("stck_clpr"),
            Volume = f.Whole("acml_vol"),
            TradingValue = f.Number("acml_tr_pbmn"),
            Change = f.OptionalSignedChange("prdy_vrss", sign) ?? 0m,
            Sign = sign,
            AdjustmentCode = f.OptionalText("flng_cls_code") ?? string.Empty,
            SplitRate = f.OptionalNumber("prtt_rate"),
            Adjusted = f.OptionalFlag("mod_yn"),
            RevaluationReason = f.OptionalText("revl_issu_reas"),
        };
    });
}
