using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Money;

/// <summary>
/// Trading costs (strategy.md §8). Section <c>Strategy:Costs</c>. Rates are fractions of the traded amount
/// (0.00015 = 0.015%). Each fee is rounded <em>down</em> to a multiple of its rounding unit (원 미만 절사), the way
/// Korean brokers compute commission and withhold the securities transaction tax; the broker's statement stays the
/// authority when it differs by a won.
/// </summary>
public sealed class CostOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy:Costs";

    /// <summary>Broker commission per side, on buys and sells. Default 0.00015 (0.015%).</summary>
    [Range(typeof(decimal), "0", "0.01", ParseLimitsInInvariantCulture = true)]
    public decimal CommissionRate { get; set; } = 0.00015m;

    /// <summary>
    /// Securities transaction tax (incl. 농어촌특별세) on sells only. Default 0.0020 (0.20%, KOSPI and KOSDAQ from 2026;
    /// 0.15% in 2025).
    /// </summary>
    [Range(typeof(decimal), "0", "0.05", ParseLimitsInInvariantCulture = true)]
    public decimal SellTaxRate { get; set; } = 0.0020m;

    /// <summary>Commission is rounded down to a multiple of this many won. Default 1 (whole won).</summary>
    [Range(typeof(decimal), "1", "1000", ParseLimitsInInvariantCulture = true)]
    public decimal CommissionRoundingUnit { get; set; } = 1m;

    /// <summary>The tax is rounded down to a multiple of this many won. Default 1 (whole won).</summary>
    [Range(typeof(decimal), "1", "1000", ParseLimitsInInvariantCulture = true)]
    public decimal TaxRoundingUnit { get; set; } = 1m;
}
