namespace KisTrader.Kis.Models;

/// <summary>inquire-time-overtimeconclusion: today's after-hours single-price matches (FID_HOUR_CLS_CODE "1").</summary>
/// <param name="Symbol">6-digit code.</param>
/// <param name="Market">FID_COND_MRKT_DIV_CODE.</param>
public sealed record OvertimeConclusionRequest(string Symbol, KisMarketCode Market = KisMarketCode.Krx)
{
    public string Symbol { get; } = KisRequestChecks.Symbol(Symbol, nameof(Symbol));

    public IReadOnlyDictionary<string, string> ToQuery() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FID_COND_MRKT_DIV_CODE"] = Market.ToCode(),
        ["FID_INPUT_ISCD"] = Symbol,
        ["FID_HOUR_CLS_CODE"] = "1",
    };
}
