using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-daily-indexchartprice <c>output1</c>: the index's current state next to the bars.</summary>
public sealed record IndexChartSummary
{
    public const string EndpointName = "inquire-daily-indexchartprice";

    /// <summary>bstp_cls_code (e.g. "0001").</summary>
    public required string IndexCode { get; init; }

    /// <summary>hts_kor_isnm.</summary>
    public required string Name { get; init; }

    /// <summary>bstp_nmix_prpr.</summary>
    public decimal Value { get; init; }

    /// <summary>bstp_nmix_prdy_vrss (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>bstp_nmix_prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>prdy_nmix (previous close).</summary>
    public decimal? PreviousClose { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>bstp_nmix_oprc.</summary>
    public decimal? Open { get; init; }

    /// <summary>bstp_nmix_hgpr.</summary>
    public decimal? High { get; init; }

    /// <summary>bstp_nmix_lwpr.</summary>
    public decimal? Low { get; init; }

    /// <summary>Parses <c>output1</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IndexChartSummary Parse(JsonElement output1)
    {
        var f = KisFields.Of(output1, EndpointName, "output1");
        var sign = f.Sign("prdy_vrss_sign");
        return new IndexChartSummary
        {
            IndexCode = f.OptionalText("bstp_cls_code") ?? string.Empty,
            Name = f.Text("hts_kor_isnm"),
            Value = f.Number("bstp_nmix_prpr"),
            Change = f.SignedChange("bstp_nmix_prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("bstp_nmix_prdy_ctrt"),
            PreviousClose = f.OptionalNumber("prdy_nmix"),
            Volume = f.Whole("acml_vol"),
            TradingValue = f.Number("acml_tr_pbmn"),
            Open = f.OptionalNumber("bstp_nmix_oprc"),
            High = f.OptionalNumber("bstp_nmix_hgpr"),
            Low = f.OptionalNumber("bstp_nmix_lwpr"),
        };
    }
}
