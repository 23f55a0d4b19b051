using System.Text.Json;

namespace KisTrader.Web.WhatIf;

/// <summary>
/// The body of <c>POST /api/screening/evaluate</c>: the index day returns (fractions) by market, optional partial
/// overrides of <c>Strategy:Screening</c> (same shape, camelCase or PascalCase keys), and the stocks of one session.
/// </summary>
public sealed record WhatIfRequest
{
    /// <summary>Day return of each market's index, a fraction (0.004 = +0.4%): keys KOSPI and KOSDAQ.</summary>
    public Dictionary<string, decimal>? IndexReturns { get; init; }

    /// <summary>Partial <c>Strategy:Screening</c> overrides, e.g. <c>{"conditions":{"executionStrength":{"base":105}}}</c>.</summary>
    public JsonElement? Options { get; init; }

    /// <summary>The listings to screen (codes unique).</summary>
    public List<WhatIfStock>? Stocks { get; init; }
}
