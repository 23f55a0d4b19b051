using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Statistics;

/// <summary>Performance statistics (strategy.md §9). Section <c>Strategy:Performance</c>.</summary>
public sealed class PerformanceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy:Performance";

    /// <summary>Trading days per year for annualising the daily Sharpe ratio. Default 252.</summary>
    [Range(1, 366)]
    public int TradingDaysPerYear { get; set; } = 252;

    /// <summary>Annual risk-free rate subtracted (per day: ÷ <see cref="TradingDaysPerYear"/>) in the Sharpe ratio. Default 0.</summary>
    [Range(typeof(decimal), "0", "0.5", ParseLimitsInInvariantCulture = true)]
    public decimal AnnualRiskFreeRate { get; set; }

    /// <summary>Decimals the Sharpe ratio is rounded to (half away from zero). Default 4.</summary>
    [Range(0, 10)]
    public int SharpeDecimals { get; set; } = 4;

    /// <summary>
    /// Fewest scored trades in a period for which the score deciles are formed (below it the decile list is empty).
    /// Default 10: one trade per decile on average.
    /// </summary>
    [Range(10, 1_000_000)]
    public int ScoreDecileMinimumTrades { get; set; } = 10;
}
