using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Pricing;

/// <summary>The KRX price grid and price limits (strategy.md §8). Section <c>Strategy:PriceGrid</c>.</summary>
public sealed class PriceGridOptions : IValidatableObject
{
    /// <summary>Tick bands in ascending price order; the last band's <see cref="TickBand.UpperExclusive"/> is 0 (unbounded).</summary>
    public List<TickBand> Bands { get; set; } =
    [
        new() { UpperExclusive = 2_000m, Tick = 1m },
        new() { UpperExclusive = 5_000m, Tick = 5m },
        new() { UpperExclusive = 20_000m, Tick = 10m },
        new() { UpperExclusive = 50_000m, Tick = 50m },
        new() { UpperExclusive = 200_000m, Tick = 100m },
        new() { UpperExclusive = 500_000m, Tick = 500m },
        new() { UpperExclusive = 0m, Tick = 1_000m },
    ];

    /// <summary>Daily price limit as a fraction of the previous close (±30%).</summary>
    [Range(typeof(decimal), "0.01", "1")]
    public decimal DailyLimitRate { get; set; } = 0.30m;

    /// <summary>After-hours single-price band as a fraction of the day's close (±10%).</summary>
    [Range(typeof(decimal), "0.01", "1")]
    public decimal AfterHoursBandRate { get; set; } = 0.10m;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Bands.Count == 0)
        {
            yield return new ValidationResult("at least one tick band is required", [nameof(Bands)]);
            yield break;
        }

        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            var last = i == Bands.Count - 1;
            if (last != (band.UpperExclusive == 0m))
            {
                yield return new ValidationResult(
                    $"band {i}: only the last band may (and must) have UpperExclusive = 0 (unbounded)", [nameof(Bands)]);
            }

            if (i > 0 && !last && band.UpperExclusive <= Bands[i - 1].UpperExclusive)
            {
                yield return new ValidationResult($"band {i}: bounds must ascend", [nameof(Bands)]);
            }

            // A band edge must sit on both neighbouring grids, or rounding near the edge would leave the grid.
            // A non-positive tick is reported by the band's own range check; skip it here rather than divide by it.
            if (!last && band.Tick > 0 && Bands[i + 1].Tick > 0
                && (band.UpperExclusive % band.Tick != 0 || band.UpperExclusive % Bands[i + 1].Tick != 0))
            {
                yield return new ValidationResult(
                    $"band {i}: bound {band.UpperExclusive} must be a multiple of its tick and of the next band's tick", [nameof(Bands)]);
            }
        }
    }
}
