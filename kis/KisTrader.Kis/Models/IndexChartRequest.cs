namespace KisTrader.Kis.Models;

/// <summary>inquire-daily-indexchartprice: index bars between two dates, newest first.</summary>
/// <param name="IndexCode">FID_INPUT_ISCD (4 digits).</param>
/// <param name="From">FID_INPUT_DATE_1.</param>
/// <param name="To">FID_INPUT_DATE_2.</param>
/// <param name="Period">FID_PERIOD_DIV_CODE.</param>
public sealed record IndexChartRequest(string IndexCode, DateOnly From, DateOnly To, ChartPeriod Period = ChartPeriod.Day)
{
    public string IndexCode { get; } = KisRequestChecks.IndexCode(IndexCode, nameof(IndexCode));

    public IReadOnlyDictionary<string, string> ToQuery()
    {
        KisRequestChecks.Range(From, To, nameof(From));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FID_COND_MRKT_DIV_CODE"] = KisMarketCode.Index.ToCode(),
            ["FID_INPUT_ISCD"] = IndexCode,
            ["FID_INPUT_DATE_1"] = KisTime.FormatDate(From),
            ["FID_INPUT_DATE_2"] = KisTime.FormatDate(To),
            ["FID_PERIOD_DIV_CODE"] = Period.ToCode(),
        };
    }
}
