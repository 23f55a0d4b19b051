using System.Globalization;
using System.Text;

namespace KisTrader.Kis.Models;

/// <summary>volume-rank (FID_COND_SCR_DIV_CODE 20171). Defaults: the whole market by volume, nothing excluded.</summary>
public sealed record VolumeRankRequest
{
    /// <summary>FID_COND_MRKT_DIV_CODE.</summary>
    public KisMarketCode Market { get; init; } = KisMarketCode.Krx;

    /// <summary>FID_INPUT_ISCD: "0000" all, "0001" KOSPI, "1001" KOSDAQ, or a sector code.</summary>
    public string Scope { get; init; } = "0000";

    /// <summary>FID_DIV_CLS_CODE.</summary>
    public VolumeRankDivision Division { get; init; } = VolumeRankDivision.All;

    /// <summary>FID_BLNG_CLS_CODE.</summary>
    public VolumeRankSort SortBy { get; init; } = VolumeRankSort.Volume;

    /// <summary>FID_TRGT_EXLS_CLS_CODE.</summary>
    public VolumeRankExclusions Exclude { get; init; } = VolumeRankExclusions.None;

    /// <summary>FID_INPUT_PRICE_1: minimum price (won), or null for none.</summary>
    public decimal? MinPrice { get; init; }

    /// <summary>FID_INPUT_PRICE_2: maximum price (won), or null for none.</summary>
    public decimal? MaxPrice { get; init; }

    /// <summary>FID_VOL_CNT: minimum volume, or null for none.</summary>
    public long? MinVolume { get; init; }

    public IReadOnlyDictionary<string, string> ToQuery()
    {
        KisRequestChecks.IndexCode(Scope, nameof(Scope));
        var exclusions = new StringBuilder(10);
        for (var bit = 0; bit < 10; bit++)
        {
            exclusions.Append(((int)Exclude & (1 << bit)) != 0 ? '1' : '0');
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FID_COND_MRKT_DIV_CODE"] = Market.ToCode(),
            ["FID_COND_SCR_DIV_CODE"] = "20171",
            ["FID_INPUT_ISCD"] = Scope,
            ["FID_DIV_CLS_CODE"] = ((int)Division).ToString(CultureInfo.InvariantCulture),
            ["FID_BLNG_CLS_CODE"] = ((int)SortBy).ToString(CultureInfo.InvariantCulture),
            // 증거금 30/40/50/60/100%, 신용보증금 30/40/50/60%: include every class.
            ["FID_TRGT_CLS_CODE"] = "111111111",
            ["FID_TRGT_EXLS_CLS_CODE"] = exclusions.ToString(),
            ["FID_INPUT_PRICE_1"] = MinPrice is { } min ? KisRequestChecks.Won(min, nameof(MinPrice)) : string.Empty,
            ["FID_INPUT_PRICE_2"] = MaxPrice is { } max ? KisRequestChecks.Won(max, nameof(MaxPrice)) : string.Empty,
            ["FID_VOL_CNT"] = MinVolume is { } volume ? KisRequestChecks.Count(volume) : string.Empty,
            ["FID_INPUT_DATE_1"] = string.Empty,
        };
    }
}
