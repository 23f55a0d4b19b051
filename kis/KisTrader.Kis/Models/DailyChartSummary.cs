using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>inquire-daily-itemchartprice <c>output1</c>: the stock's current state next to the bars.</summary>
public sealed record DailyChartSummary
{
    public const string EndpointName = "inquire-daily-itemchartprice";

    /// <summary>stck_shrn_iscd.</summary>
    public required string Symbol { get; init; }

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

    /// <summary>stck_prdy_clpr (전일종가).</summary>
    public decimal PreviousClose { get; init; }

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>acml_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>prdy_vol.</summary>
    public long? PreviousVolume { get; init; }

    /// <summary>stck_mxpr.</summary>
    public decimal? UpperLimit { get; init; }

    /// <summary>stck_llam.</summary>
    public decimal? LowerLimit { get; init; }

    /// <summary>stck_oprc (0 before the first trade).</summary>
    public decimal? Open { get; init; }

    /// <summary>stck_hgpr.</summary>
    public decimal? High { get; init; }

    /// <summary>stck_lwpr.</summary>
    public decimal? Low { get; init; }

    /// <summary>askp (매도호가 1).</summary>
    public decimal? Ask { get; init; }

    /// <summary>bidp (매수호가 1).</summary>
    public decimal? Bid { get; init; }

    /// <summary>lstn_stcn.</summary>
    public long? ListedShares { get; init; }

    /// <summary>hts_avls (억원).</summary>
    public decimal? MarketCapEok { get; init; }

    /// <summary>per.</summary>
    public decimal? Per { get; init; }

    /// <summary>eps.</summary>
    public decimal? Eps { get; init; }

    /// <summary>pbr.</summary>
    public decimal? Pbr { get; init; }

    /// <summary>Parses <c>output1</c>.</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static DailyChartSummary Parse(JsonElement output1)
    {
        var f = KisFields.Of(output1, EndpointName, "output1");
        var sign = f.Sign("prdy_vrss_sign");
        return new DailyChartSummary
        {
            Symbol = f.Text("stck_shrn_iscd"),
            Name = f.Text("hts_kor_isnm"),
            Price = f.Number("stck_prpr"),
            Change = f.SignedChange("prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("prdy_ctrt"),
            PreviousClose = f.Number("stck_prdy_clpr"),
            Volume = f.Whole("acml_vol"),
            TradingValue = f.Number("acml_tr_pbmn"),
            PreviousVolume = f.OptionalWhole("prdy_vol"),
            UpperLimit = f.OptionalNumber("stck_mxpr"),
            LowerLimit = f.OptionalNumber("stck_llam"),
            Open = f.OptionalNumber("stck_oprc"),
            High = f.OptionalNumber("stck_hgpr"),
            Low = f.OptionalNumber("stck_lwpr"),
            Ask = f.OptionalNumber("askp"),
            Bid = f.OptionalNumber("bidp"),
            ListedShares = f.OptionalWhole("lstn_stcn"),
            MarketCapEok = f.OptionalNumber("hts_avls"),
            Per = f.OptionalNumber("per"),
            Eps = f.OptionalNumber("eps"),
            Pbr = f.OptionalNumber("pbr"),
        };
    }
}
