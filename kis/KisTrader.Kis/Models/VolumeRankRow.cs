using System.Text.Json;

namespace KisTrader.Kis.Models;

/// <summary>volume-rank <c>output</c> row (up to 30 rows, best first).</summary>
public sealed record VolumeRankRow
{
    public const string EndpointName = "volume-rank";

    /// <summary>data_rank (1 = top).</summary>
    public int Rank { get; init; }

    /// <summary>mksc_shrn_iscd.</summary>
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

    /// <summary>acml_vol.</summary>
    public long Volume { get; init; }

    /// <summary>prdy_vol.</summary>
    public long? PreviousVolume { get; init; }

    /// <summary>lstn_stcn.</summary>
    public long? ListedShares { get; init; }

    /// <summary>avrg_vol (KIS does not document the averaging window).</summary>
    public long? AverageVolume { get; init; }

    /// <summary>n_befr_clpr_vrss_prpr_rate (%).</summary>
    public decimal? NDayChangeRate { get; init; }

    /// <summary>vol_inrt: volume growth (%).</summary>
    public decimal? VolumeGrowthRate { get; init; }

    /// <summary>vol_tnrt: volume ÷ listed shares (%).</summary>
    public decimal? VolumeTurnover { get; init; }

    /// <summary>nday_vol_tnrt (%).</summary>
    public decimal? NDayVolumeTurnover { get; init; }

    /// <summary>avrg_tr_pbmn.</summary>
    public decimal? AverageTradingValue { get; init; }

    /// <summary>tr_pbmn_tnrt (%).</summary>
    public decimal? ValueTurnover { get; init; }

    /// <summary>nday_tr_pbmn_tnrt (%).</summary>
    public decimal? NDayValueTurnover { get; init; }

    /// <summary>acml_tr_pbmn.</summary>
    public decimal TradingValue { get; init; }

    /// <summary>Parses <c>output</c> (ranked order, as sent).</summary>
    /// <exception cref="KisParseException">A required field is missing or malformed.</exception>
    public static IReadOnlyList<VolumeRankRow> ParseRows(JsonElement output) => KisFields.Rows(output, EndpointName, "output", f =>
    {
        var sign = f.Sign("prdy_vrss_sign");
        var rank = f.Whole("data_rank");
        return new VolumeRankRow
        {
            Rank = rank is > 0 and <= int.MaxValue ? (int)rank : throw f.Malformed("data_rank", rank.ToString(System.Globalization.CultureInfo.InvariantCulture), "a positive rank"),
            Symbol = f.Text("mksc_shrn_iscd"),
            Name = f.Text("hts_kor_isnm"),
            Price = f.Number("stck_prpr"),
            Change = f.SignedChange("prdy_vrss", sign),
            Sign = sign,
            ChangeRate = f.Number("prdy_ctrt"),
            Volume = f.Whole("acml_vol"),
            PreviousVolume = f.OptionalWhole("prdy_vol"),
            ListedShares = f.OptionalWhole("lstn_stcn"),
            AverageVolume = f.OptionalWhole("avrg_vol"),
            NDayChangeRate = f.OptionalNumber("n_befr_clpr_vrss_prpr_rate"),
            VolumeGrowthRate = f.OptionalNumber("vol_inrt"),
            VolumeTurnover = f.OptionalNumber("vol_tnrt"),
            NDayVolumeTurnover = f.OptionalNumber("nday_vol_tnrt"),
            AverageTradingValue = f.OptionalNumber("avrg_tr_pbmn"),
            ValueTurnover = f.OptionalNumber("tr_pbmn_tnrt"),
            NDayValueTurnover = f.OptionalNumber("nday_tr_pbmn_tnrt"),
            TradingValue = f.Number("acml_tr_pbmn"),
        };
    });
}
