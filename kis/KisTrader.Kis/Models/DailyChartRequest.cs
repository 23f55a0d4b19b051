namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-daily-itemchartprice: bars between two dates, at most 100 per call, newest first. Page backwards by asking
/// again with <see cref="To"/> = the oldest returned date − 1 day.
/// </summary>
/// <param name="Symbol">6-digit code.</param>
/// <param name="From">FID_INPUT_DATE_1 (oldest date).</param>
/// <param name="To">FID_INPUT_DATE_2 (newest date).</param>
/// <param name="Period">FID_PERIOD_DIV_CODE D/W/M/Y.</param>
/// <param name="AdjustedPrices">FID_ORG_ADJ_PRC: true "0" 수정주가 (adjusted for splits), false "1" 원주가.</param>
/// <param name="Market">FID_COND_MRKT_DIV_CODE.</param>
public sealed record DailyChartRequest(
    string Symbol, DateOnly From, DateOnly To, ChartPeriod Period = ChartPeriod.Day, bool AdjustedPrices = true, KisMarketCode Market = KisMarketCode.Krx)
{
    public string Symbol { get; } = KisRequestChecks.Symbol(Symbol, nameof(Symbol));

    public IReadOnlyDictionary<string, string> ToQuery()
    {
        KisRequestChecks.Range(From, To, nameof(From));
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FID_COND_MRKT_DIV_CODE"] = Market.ToCode(),
            ["FID_INPUT_ISCD"] = Symbol,
            ["FID_INPUT_DATE_1"] = KisTime.FormatDate(From),
            ["FID_INPUT_DATE_2"] = KisTime.FormatDate(To),
            ["FID_PERIOD_DIV_CODE"] = Period.ToCode(),
            ["FID_ORG_ADJ_PRC"] = AdjustedPrices ? "0" : "1",
        };
    }
}
