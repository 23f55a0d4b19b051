namespace KisTrader.Kis.Models;

/// <summary>
/// The query of the one-symbol quotation endpoints: inquire-price, inquire-ccnl, inquire-overtime-price,
/// inquire-overtime-asking-price and inquire-daily-overtimeprice.
/// </summary>
/// <param name="Symbol">6-digit code (ETN: Q + 6 digits).</param>
/// <param name="Market">FID_COND_MRKT_DIV_CODE (default J, KRX).</param>
public sealed record SymbolQuery(string Symbol, KisMarketCode Market = KisMarketCode.Krx)
{
    public string Symbol { get; } = KisRequestChecks.Symbol(Symbol, nameof(Symbol));

    /// <summary>FID_COND_MRKT_DIV_CODE, FID_INPUT_ISCD.</summary>
    public IReadOnlyDictionary<string, string> ToQuery() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FID_COND_MRKT_DIV_CODE"] = Market.ToCode(),
        ["FID_INPUT_ISCD"] = Symbol,
    };
}
