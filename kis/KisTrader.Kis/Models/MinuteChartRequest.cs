namespace KisTrader.Kis.Models;

/// <summary>
/// inquire-time-itemchartprice: today's one-minute bars at or before <see cref="At"/>, at most 30 per call, newest first.
/// Page backwards with <see cref="At"/> = the oldest returned bar − 1 minute, down to 09:00.
/// </summary>
/// <param name="Symbol">6-digit code.</param>
/// <param name="At">FID_INPUT_HOUR_1 (KST); a future time answers as of now.</param>
/// <param name="IncludePastData">FID_PW_DATA_INCU_YN (과거 데이터 포함).</param>
/// <param name="Market">FID_COND_MRKT_DIV_CODE.</param>
public sealed record MinuteChartRequest(string Symbol, TimeOnly At, bool IncludePastData = true, KisMarketCode Market = KisMarketCode.Krx)
{
    public string Symbol { get; } = KisRequestChecks.Symbol(Symbol, nameof(Symbol));

    public IReadOnlyDictionary<string, string> ToQuery() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FID_ETC_CLS_CODE"] = string.Empty,
        ["FID_COND_MRKT_DIV_CODE"] = Market.ToCode(),
        ["FID_INPUT_ISCD"] = Symbol,
        ["FID_INPUT_HOUR_1"] = KisTime.FormatTime(At),
        ["FID_PW_DATA_INCU_YN"] = KisRequestChecks.YesNo(IncludePastData),
    };
}
