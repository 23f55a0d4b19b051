using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-overtime-price <c>output</c>: the 시간외 단일가 state of one stock (16:00–18:00). The base price is today's
/// regular close; the band is ±10% of it. <see cref="ExpectedPrice"/> is null when there is no indicative match ("0").
/// </summary>
public sealed record OvertimeQuote
{
    public const string EndpointName = "inquire-overtime-price";

    /// <summary>bstp_kor_isnm.</summary>
    public string SectorName { get; init; } = string.Empty;

    /// <summary>rprs_mrkt_kor_name.</summary>
    public string MarketName { get; init; } = string.Empty;

    /// <summary>ovtm_untp_prpr: last after-hours price (the base price before the first match).</summary>
    public decimal Price { get; init; }

    /// <summary>ovtm_untp_prdy_vrss (signed, against <see cref="BasePrice"/>).</summary>
    public decimal Change { get; init; }

    /// <summary>ovtm_untp_prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>ovtm_untp_prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>ovtm_untp_vol.</summary>
    public long Volume { get; init; }

    /// <summary>ovtm_untp_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>ovtm_untp_mxpr (upper bound of the after-hours band).</summary>
    public decimal UpperLimit { get; init; }

    /// <summary>ovtm_untp_llam.</summary>
    public decimal LowerLimit { get; init; }

    /// <summary>ovtm_untp_oprc (0 before the first match).</summary>
    public decimal Open { get; init; }

    /// <summary>ovtm_untp_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>ovtm_untp_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>ovtm_untp_sdpr (기준가 of the after-hours session).</summary>
    public decimal BasePrice { get; init; }

    /// <summary>ovtm_untp_antc_cnpr (예상체결가); null when none.</summary>
    public decimal? ExpectedPrice { get; init; }

    /// <summary>ovtm_untp_antc_cntg_vrss (signed).</summary>
    public decimal? ExpectedChange { get; init; }

    /// <summary>ovtm_untp_antc_cntg_ctrt (%).</summary>
    public decimal? ExpectedChangeRate { get; init; }

    /// <summary>ovtm_untp_antc_cnqn (예상체결량).</summary>
    public long? ExpectedVolume { get; init; }

    /// <summary>askp (best ask of the after-hours book; 0 when empty).</summary>
    public decimal? Ask { get; init; }

    /// <summary>bidp.</summary>
    public decimal? Bid { get; init; }

    /// <summary>trht_yn (거래정지).</summary>
    public bool? Halted { get; init; }

    /// <summary>mang_issu_yn (관리종목).</summary>
    public bool? Administrative { get; init; }

    /// <summary>mrkt_warn_cls_code.</summary>
    public MarketWarning? Warning { get; init; }

    /// <summary>crdt_able_yn.</summary>
    public bool? CreditAvailable { get; init; }

    /// <summary>marg_rate.</summary>
    public decimal? MarginRate { get; init; }

    /// <summary>ovtm_vi_cls_code.</summary>
    public string? ViCode { get; init; }

    /// <summary>Parses <c>output</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static OvertimeQuote Parse(JsonElement output)
    {
        var f = KisFields.Of(output, EndpointName, "output");
        var sign = f.Sign("ovtm_untp_prdy_vrss_sign");
        var expected = f.OptionalNumber("ovtm_untp_antc_cnpr") is { } e && e != 0 ? e : (decimal?)null;
        var expectedSign = f.OptionalSign("ovtm_untp_antc_cntg_vrss_sign");
        return new OvertimeQuote
        {
            SectorName = f.OptionalText("bstp_kor_isnm") ?? string.Empty,
            MarketName = f.OptionalText("rprs_mrkt_kor_name") ?? string.Empty,
            Price = f.Number("ovtm_untp_prpr"),
            Change = f.SignedChange("ovtm_untp_prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("ovtm_untp_prdy_ctrt"),
            Volume = f.Whole("ovtm_untp_vol"),
            TradingValue = f.Number("ovtm_untp_tr_pbmn"),
            UpperLimit = f.Number("ovtm_untp_mxpr"),
            LowerLimit = f.Number("ovtm_untp_llam"),
            Open = f.Number("ovtm_untp_oprc"),
            High = f.Number("ovtm_untp_hgpr"),
            Low = f.Number("ovtm_untp_lwpr"),
            BasePrice = f.Number("ovtm_untp_sdpr"),
            ExpectedPrice = expected,
            ExpectedChange = expected is null ? null : f.OptionalSignedChange("ovtm_untp_antc_cntg_vrss", expectedSign),
            ExpectedChangeRate = expected is null ? null : f.OptionalNumber("ovtm_untp_antc_cntg_ctrt"),
            ExpectedVolume = expected is null ? null : f.OptionalWhole("ovtm_untp_antc_cnqn"),
            Ask = f.OptionalNumber("askp"),
            Bid = f.OptionalNumber("bidp"),
            Halted = f.OptionalFlag("trht_yn"),
            Administrative = f.OptionalFlag("mang_issu_yn"),
            Warning = KisCodes.ParseMarketWarning(f.OptionalText("mrkt_warn_cls_code")),
            CreditAvailable = f.OptionalFlag("crdt_able_yn"),
            MarginRate = f.OptionalNumber("marg_rate"),
            ViCode = f.OptionalText("ovtm_vi_cls_code"),
        };
    }
}
