using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-index-price <c>output</c>: an index's current level and market breadth.</summary>
public sealed record IndexQuote
{
    public const string EndpointName = "inquire-index-price";

    /// <summary>bstp_nmix_prpr.</summary>
    public decimal Value { get; init; }

    /// <summary>bstp_nmix_prdy_vrss (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>bstp_nmix_prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>prdy_vol.</summary>
    public long? PreviousVolume { get; init; }

    /// <summary>acml_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>prdy_tr_pbmn.</summary>
    public decimal? PreviousTradingValue { get; init; }

    /// <summary>bstp_nmix_oprc.</summary>
    public decimal Open { get; init; }

    /// <summary>bstp_nmix_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>bstp_nmix_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>ascn_issu_cnt (상승 종목수).</summary>
    public long Advancers { get; init; }

    /// <summary>uplm_issu_cnt (상한).</summary>
    public long UpperLimitCount { get; init; }

    /// <summary>stnr_issu_cnt (보합).</summary>
    public long Unchanged { get; init; }

    /// <summary>down_issu_cnt (하락).</summary>
    public long Decliners { get; init; }

    /// <summary>lslm_issu_cnt (하한).</summary>
    public long LowerLimitCount { get; init; }

    /// <summary>dryy_bstp_nmix_hgpr (연중 최고).</summary>
    public decimal? YearHigh { get; init; }

    /// <summary>dryy_bstp_nmix_hgpr_date.</summary>
    public DateOnly? YearHighDate { get; init; }

    /// <summary>dryy_bstp_nmix_lwpr.</summary>
    public decimal? YearLow { get; init; }

    /// <summary>dryy_bstp_nmix_lwpr_date.</summary>
    public DateOnly? YearLowDate { get; init; }

    /// <summary>Parses <c>output</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IndexQuote Parse(JsonElement output)
    {
        var f = KisFields.Of(output, EndpointName, "output");
        var sign = f.Sign("prdy_vrss_sign");
        return new IndexQuote
        {
            Value = f.Number("bstp_nmix_prpr"),
            Change = f.SignedChange("bstp_nmix_prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("bstp_nmix_prdy_ctrt"),
            Volume = f.Whole("acml_vol"),
            PreviousVolume = f.OptionalWhole("prdy_vol"),
            TradingValue = f.Number("acml_tr_pbmn"),
            PreviousTradingValue = f.OptionalNumber("prdy_tr_pbmn"),
            Open = f.Number("bstp_nmix_oprc"),
            High = f.Number("bstp_nmix_hgpr"),
            Low = f.Number("bstp_nmix_lwpr"),
            Advancers = f.Whole("ascn_issu_cnt"),
            UpperLimitCount = f.Whole("uplm_issu_cnt"),
            Unchanged = f.Whole("stnr_issu_cnt"),
            Decliners = f.Whole("down_issu_cnt"),
            LowerLimitCount = f.Whole("lslm_issu_cnt"),
            YearHigh = f.OptionalNumber("dryy_bstp_nmix_hgpr"),
            YearHighDate = f.OptionalDate("dryy_bstp_nmix_hgpr_date"),
            YearLow = f.OptionalNumber("dryy_bstp_nmix_lwpr"),
            YearLowDate = f.OptionalDate("dryy_bstp_nmix_lwpr_date"),
        };
    }
}
