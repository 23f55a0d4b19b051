using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// <c>output1</c> of inquire-time-overtimeconclusion and inquire-daily-overtimeprice: today's 시간외 단일가 state.
/// <see cref="ExpectedPrice"/> is null when there is no indicative match ("0").
/// </summary>
public sealed record OvertimeSummary
{
    /// <summary>ovtm_untp_prpr.</summary>
    public decimal Price { get; init; }

    /// <summary>ovtm_untp_prdy_vrss (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>ovtm_untp_prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>ovtm_untp_prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>ovtm_untp_vol.</summary>
    public long Volume { get; init; }

    /// <summary>ovtm_untp_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>ovtm_untp_mxpr.</summary>
    public decimal UpperLimit { get; init; }

    /// <summary>ovtm_untp_llam.</summary>
    public decimal LowerLimit { get; init; }

    /// <summary>ovtm_untp_oprc (0 before the first match).</summary>
    public decimal Open { get; init; }

    /// <summary>ovtm_untp_hgpr.</summary>
    public decimal High { get; init; }

    /// <summary>ovtm_untp_lwpr.</summary>
    public decimal Low { get; init; }

    /// <summary>ovtm_untp_antc_cnpr; null when none.</summary>
    public decimal? ExpectedPrice { get; init; }

    /// <summary>ovtm_untp_antc_vol.</summary>
    public long? ExpectedVolume { get; init; }

    /// <summary>Parses <c>output1</c> of inquire-time-overtimeconclusion.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static OvertimeSummary Parse(JsonElement output1) => Parse(output1, KisEndpoints.TimeOvertimeConclusion.Name);

    /// <summary>Parses <c>output1</c>, naming <paramref name="endpointName"/> in errors (e.g. "inquire-daily-overtimeprice").</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static OvertimeSummary Parse(JsonElement output1, string endpointName)
    {
        var f = KisFields.Of(output1, endpointName, "output1");
        var sign = f.Sign("ovtm_untp_prdy_vrss_sign");
        var expected = f.OptionalNumber("ovtm_untp_antc_cnpr") is { } e && e != 0 ? e : (decimal?)null;
        return new OvertimeSummary
        {
            Price = f.Number("ovtm_untp_prpr"),
            Change = f.SignedChange("ovtm_untp_prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("ovtm_untp_prdy_ctrt"),
            Volume = f.Whole("ovtm_untp_vol"),
            TradingValue = f.OptionalNumber("ovtm_untp_tr_pbmn") ?? 0m,
            UpperLimit = f.Number("ovtm_untp_mxpr"),
            LowerLimit = f.Number("ovtm_untp_llam"),
            Open = f.Number("ovtm_untp_oprc"),
            High = f.Number("ovtm_untp_hgpr"),
            Low = f.Number("ovtm_untp_lwpr"),
            ExpectedPrice = expected,
            ExpectedVolume = expected is null ? null : f.OptionalWhole("ovtm_untp_antc_vol"),
        };
    }
}
