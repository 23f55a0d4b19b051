using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Screening.Universe;

/// <summary>
/// The base filters of strategy.md §1 (never relaxed). Section <c>Strategy:Screening:Universe</c>. Bounds are
/// inclusive: a value equal to a bound stays in the universe. Money in KRW.
/// </summary>
public sealed class UniverseOptions : IValidatableObject
{
    /// <summary>Minimum market cap at the close. Default 100,000,000,000 (1,000억).</summary>
    [Range(typeof(decimal), "0", "1000000000000000", ParseLimitsInInvariantCulture = true)]
    public decimal MinMarketCap { get; set; } = 100_000_000_000m;

    /// <summary>Maximum market cap at the close. Default 10,000,000,000,000 (10조).</summary>
    [Range(typeof(decimal), "1", "1000000000000000", ParseLimitsInInvariantCulture = true)]
    public decimal MaxMarketCap { get; set; } = 10_000_000_000_000m;

    /// <summary>Minimum close. Default 1,000.</summary>
    [Range(typeof(decimal), "1", "100000000", ParseLimitsInInvariantCulture = true)]
    public decimal MinClose { get; set; } = 1_000m;

    /// <summary>Maximum close. Default 500,000.</summary>
    [Range(typeof(decimal), "1", "100000000", ParseLimitsInInvariantCulture = true)]
    public decimal MaxClose { get; set; } = 500_000m;

    /// <summary>Minimum day trading value (거래대금); "below 100억" is dropped. Default 10,000,000,000 (100억).</summary>
    [Range(typeof(decimal), "0", "1000000000000000", ParseLimitsInInvariantCulture = true)]
    public decimal MinDayTradingValue { get; set; } = 10_000_000_000m;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinMarketCap > MaxMarketCap)
        {
            yield return new ValidationResult($"must not exceed {nameof(MaxMarketCap)} ({MaxMarketCap:#,0})", [nameof(MinMarketCap)]);
        }

        if (MinClose > MaxClose)
        {
            yield return new ValidationResult($"must not exceed {nameof(MaxClose)} ({MaxClose:#,0})", [nameof(MinClose)]);
        }
    }
}
