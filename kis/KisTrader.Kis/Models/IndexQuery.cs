namespace KisTrader.Kis.Models;

/// <summary>inquire-index-price: an index by its 4-digit code (0001 KOSPI, 1001 KOSDAQ, 2001 KOSPI200).</summary>
/// <param name="IndexCode">FID_INPUT_ISCD.</param>
public sealed record IndexQuery(string IndexCode)
{
    public const string Kospi = "0001";
    public const string Kosdaq = "1001";
    public const string Kospi200 = "2001";

    public string IndexCode { get; } = KisRequestChecks.IndexCode(IndexCode, nameof(IndexCode));

    public IReadOnlyDictionary<string, string> ToQuery() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FID_COND_MRKT_DIV_CODE"] = KisMarketCode.Index.ToCode(),
        ["FID_INPUT_ISCD"] = IndexCode,
    };
}
