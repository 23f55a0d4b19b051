namespace KisTrader.Web.WhatIf;

/// <summary>
/// One listing at the close for the what-if screen. Money in KRW, volumes in shares, returns as fractions.
/// <see cref="LateVolume"/> is the volume from 14:00 to the close; <see cref="Price1400"/> is P14, the last trade before
/// 14:00 (leave it out when nothing traded before 14:00); <see cref="Vwap"/> defaults to trading value ÷ volume.
/// </summary>
public sealed record WhatIfStock
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    /// <summary>KOSPI or KOSDAQ.</summary>
    public string? Market { get; init; }

    /// <summary>Common (default), Preferred, Spac, Reit, Etf or Etn.</summary>
    public string? Kind { get; init; }

    public bool? Halted { get; init; }

    public bool? Administrative { get; init; }

    public decimal? Close { get; init; }

    public decimal? PrevClose { get; init; }

    public decimal? MarketCap { get; init; }

    public decimal? TradingValue { get; init; }

    public long? Volume { get; init; }

    /// <summary>The mean daily volume of the previous 20 trading days (× 20 must be a whole number of shares).</summary>
    public decimal? AvgVolume20 { get; init; }

    public decimal? Price1400 { get; init; }

    public long? LateVolume { get; init; }

    /// <summary>체결강도 at the close (100 = as much buying as selling).</summary>
    public decimal? ExecutionStrength { get; init; }

    public decimal? Vwap { get; init; }
}
