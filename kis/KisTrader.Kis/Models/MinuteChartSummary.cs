using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-time-itemchartprice <c>output1</c>: the stock's current state next to the minute bars.</summary>
public sealed record MinuteChartSummary
{
    public const string EndpointName = "inquire-time-itemchartprice";

    /// <summary>hts_kor_isnm.</summary>
    public required string Name { get; init; }

    /// <summary>stck_prpr.</summary>
    public decimal Price { get; init; }

    /// <summary>prdy_vrss (signed).</summary>
    public decimal Change { get; init; }

    /// <summary>prdy_vrss_sign.</summary>
    public PriceSign Sign { get; init; }

    /// <summary>prdy_ctrt (%).</summary>
    public decimal ChangeRate { get; init; }

    /// <summary>stck_prdy_clpr.</summary>
    public decimal PreviousClose { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>Parses <c>output1</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static MinuteChartSummary Parse(JsonElement output1)
    {
        var f = KisFields.Of(output1, EndpointName, "output1");
        var sign = f.Sign("prdy_vrss_sign");
        return new MinuteChartSummary
        {
            Name = f.Text("hts_kor_isnm"),
            Price = f.Number("stck_prpr"),
            Change = f.SignedChange("prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("prdy_ctrt"),
            PreviousClose = f.Number("stck_prdy_clpr"),
            Volume = f.Whole("acml_vol"),
            TradingValue = f.Number("acml_tr_pbmn"),
        };
    }
}
