using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-daily-overtimeprice <c>output2</c> row: one day's 시간외 단일가 result next to its regular close (30 days,
/// newest first). <see cref="Price"/> is 0 and <see cref="Volume"/> 0 on a day without an after-hours match.
/// </summary>
public sealed record OvertimeDailyBar
{
    /// <summary>stck_bsop_date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>ovtm_untp_prpr: last after-hours price of the day (0 = no match).</summary>
    public decimal Price { get; init; }

    /// <summary>ovtm_untp_prdy_vrss: after-hours price − regular close (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>ovtm_untp_prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>ovtm_untp_prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>ovtm_untp_vol.</summary>
    public long Volume { get; init; }

    /// <summary>ovtm_untp_tr_pbmn.</summary>
    public decimal? TradingValue { get; init; }

    /// <summary>stck_clpr: the regular session's close.</summary>
    public decimal Close { get; init; }

    /// <summary>prdy_vrss: close − previous close (signed).</summary>
    public decimal CloseChange { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign CloseSign { get; init; }

    /// <summary>prdy_ctrt (%).</summary>
    public decimal? CloseChangeRate { get; init; }

    /// <summary>acml_vol: the regular session's volume.</summary>
    public long? RegularVolume { get; init; }

    /// <summary>True when the day had an after-hours match.</summary>
    public bool Traded => Volume > 0;

    /// <summary>Parses <c>output2</c> (newest first, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<OvertimeDailyBar> ParseRows(JsonElement output2) =>
        KisFields.Rows(output2, KisEndpoints.DailyOvertimePrice.Name, "output2", f =>
        {
            var sign = f.OptionalSign("ovtm_untp_prdy_vrss_sign");
            var closeSign = f.OptionalSign("prdy_vrss_sign");
            return new OvertimeDailyBar
            {
                Date = f.Date("stck_bsop_date"),
                Price = f.Number("ovtm_untp_prpr"),
                Change = f.OptionalSignedChange("ovtm_untp_prdy_vrss", sign) ?? 0m,
                Sign = sign,
                ChangeRate = f.OptionalNumber("ovtm_untp_prdy_ctrt") ?? 0m,
                Volume = f.Whole("ovtm_untp_vol"),
                TradingValue = f.OptionalNumber("ovtm_untp_tr_pbmn"),
                Close = f.Number("stck_clpr"),
                CloseChange = f.OptionalSignedChange("prdy_vrss", closeSign) ?? 0m,
                CloseSign = closeSign,
                CloseChangeRate = f.OptionalNumber("prdy_ctrt"),
                RegularVolume = f.OptionalWhole("acml_vol"),
            };
        });
}
