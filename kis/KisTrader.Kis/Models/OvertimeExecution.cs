using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-time-overtimeconclusion <c>output2</c> row: one after-hours single-price match (newest first).</summary>
public sealed record OvertimeExecution
{
    /// <summary>stck_cntg_hour (KST; matches happen every 10 minutes).</summary>
    public TimeOnly Time { get; init; }

    /// <summary>stck_prpr: the match price.</summary>
    public decimal Price { get; init; }

    /// <summary>prdy_vrss (signed, against the after-hours base price).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>askp after the match.</summary>
    public decimal? Ask { get; init; }

    /// <summary>bidp after the match.</summary>
    public decimal? Bid { get; init; }

    /// <summary>cntg_vol: volume of this match.</summary>
    public long Volume { get; init; }

    /// <summary>acml_vol: the session's volume up to and including this match.</summary>
    public long CumulativeVolume { get; init; }

    /// <summary>Parses <c>output2</c> (newest first, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<OvertimeExecution> ParseRows(JsonElement output2) =>
        KisFields.Rows(output2, KisEndpoints.TimeOvertimeConclusion.Name, "output2", f =>
        {
            var sign = f.Sign("prdy_vrss_sign");
            return new OvertimeExecution
            {
                Time = f.Time("stck_cntg_hour"),
                Price = f.Number("stck_prpr"),
                Change = f.SignedChange("prdy_vrss", sign),
                Sign = sign,
                ChangeRate = f.Number("prdy_ctrt"),
                Ask = f.OptionalNumber("askp"),
                Bid = f.OptionalNumber("bidp"),
                Volume = f.Whole("cntg_vol"),
                CumulativeVolume = f.Whole("acml_vol"),
            };
        });
}
