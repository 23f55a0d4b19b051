namespace KisTrader.Web.Tests.WhatIf;

/// <summary>
/// A KOSPI stock exactly at every base threshold (default strategy): C1 = 2,000,000 ÷ 1,000,000 = 2.0;
/// C2 = 10,302 ÷ 10,200 − 1 = 0.01; C3 = 300,000 ÷ 2,000,000 = 0.15; C4 = the strength given;
/// C5 = 10,302 ÷ 10,000 − 1 − 0.0152 = 0.015; C6 = 10,302 ÷ 10,100 = 1.02. Base filters: cap 5e11, close 10,302,
/// trading value 3.135e10 all inside. Its sub-scores are 0 except C4's.
/// </summary>
internal static class WhatIfTestData
{
    public const decimal KospiReturn = 0.0152m;

    public static Dictionary<string, object?> AtBase(string code, decimal strength = 110m, long tradingValue = 31_350_000_000) => new()
    {
        ["code"] = code,
        ["name"] = $"종목{code}",
        ["market"] = "KOSPI",
        ["kind"] = "Common",
        ["halted"] = false,
        ["administrative"] = false,
        ["close"] = 10302m,
        ["prevClose"] = 10000m,
        ["marketCap"] = 500_000_000_000m,
        ["tradingValue"] = tradingValue,
        ["volume"] = 2_000_000L,
        ["avgVolume20"] = 1_000_000m,
        ["price1400"] = 10200m,
        ["lateVolume"] = 300_000L,
        ["executionStrength"] = strength,
        ["vwap"] = 10100m,
    };

    public static Dictionary<string, object?> Request(IEnumerable<Dictionary<string, object?>> stocks, object? options = null)
    {
        var request = new Dictionary<string, object?>
        {
            ["indexReturns"] = new Dictionary<string, decimal> { ["KOSPI"] = KospiReturn, ["KOSDAQ"] = -0.002m },
            ["stocks"] = stocks.ToList(),
        };
        if (options is not null)
        {
            request["options"] = options;
        }

        return request;
    }

    public static string Code(int i) => $"{i:000000}";
}
