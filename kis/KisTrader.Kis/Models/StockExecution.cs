using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-ccnl <c>output</c> row: one recent print (newest first, about 30) with the day's 체결강도.</summary>
public sealed record StockExecution
{
    public const string EndpointName = "inquire-ccnl";

    /// <summary>stck_cntg_hour (KST).</summary>
    public TimeOnly Time { get; init; }

    /// <summary>stck_prpr.</summary>
    public decimal Price { get; init; }

    /// <summary>prdy_vrss (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>cntg_vol (shares in this print).</summary>
    public long Volume { get; init; }

    /// <summary>tday_rltv: 당일 체결강도 up to this print (buy-initiated ÷ sell-initiated volume × 100).</summary>
    public decimal Strength { get; init; }

    /// <summary>Parses inquire-ccnl <c>output</c> (newest first, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<StockExecution> ParseRows(JsonElement output) => KisFields.Rows(output, EndpointName, "output", f =>
    {
        var sign = f.Sign("prdy_vrss_sign");
        return new StockExecution
        {
            Time = f.Time("stck_cntg_hour"),
            Price = f.Number("stck_prpr"),
            Change = f.SignedChange("prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("prdy_ctrt"),
            Volume = f.Whole("cntg_vol"),
            Strength = f.Number("tday_rltv"),
        };
    });
}
