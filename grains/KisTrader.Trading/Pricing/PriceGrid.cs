namespace KisTrader.Trading.Pricing;

/// <summary>
/// The KRX tick grid (KOSPI and KOSDAQ alike): tick size per band, rounding to the grid, one-tick steps,
/// daily ±30% limits and the after-hours ±10% band (strategy.md §8).
/// </summary>
public sealed class PriceGrid
{
    private readonly TickBand[] _bands;
    private readonly decimal _dailyLimitRate;
    private readonly decimal _afterHoursBandRate;

    public PriceGrid(PriceGridOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bands = [.. options.Bands];
        _dailyLimitRate = options.DailyLimitRate;
        _afterHoursBandRate = options.AfterHoursBandRate;
    }

    /// <summary>The grid with the strategy's default KRX table.</summary>
    public static PriceGrid Default { get; } = new(new PriceGridOptions());

    /// <summary>The tick size that applies at <paramref name="price"/>.</summary>
    public decimal TickSize(decimal price)
    {
        if (price < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "price must not be negative");
        }

        foreach (var band in _bands)
        {
            if (band.UpperExclusive == 0m || price < band.UpperExclusive)
            {
                return band.Tick;
            }
        }

        return _bands[^1].Tick;
    }

    public bool IsOnGrid(decimal price) => price > 0 && price % TickSize(price) == 0;

    /// <summary>The nearest grid price at or above <paramref name="price"/> (buy limits round up).</summary>
    public decimal RoundUp(decimal price)
    {
        var tick = TickSize(price);
        return Math.Ceiling(price / tick) * tick;
    }

    /// <summary>The nearest grid price at or below <paramref name="price"/> (sell limits round down).</summary>
    public decimal RoundDown(decimal price)
    {
        var tick = TickSize(price);
        return Math.Floor(price / tick) * tick;
    }

    /// <summary>
    /// The grid price <paramref name="ticks"/> steps above (positive) or below (negative) an on-grid price (an off-grid
    /// price is first rounded down). Throws when the steps would go to zero or below: there is no such price.
    /// </summary>
    public decimal Step(decimal price, int ticks = 1)
    {
        var p = RoundDown(price);
        for (var i = 0; i < Math.Abs(ticks); i++)
        {
            // Going down from a band edge uses the lower band's tick (e.g. 2,000 − 1 tick = 1,999).
            p = ticks > 0 ? p + TickSize(p) : p - TickSize(p - 0.0001m);
            if (p <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ticks), ticks, $"there is no grid price {-ticks} ticks below {price}");
            }
        }

        return p;
    }

    /// <summary>The daily price limits around the previous close: upper rounded down, lower rounded up, to the grid.</summary>
    public PriceRange DailyLimits(decimal previousClose) => Band(previousClose, _dailyLimitRate);

    /// <summary>The after-hours single-price band (±10% of the day's close), on the grid.</summary>
    public PriceRange AfterHoursBand(decimal close) => Band(close, _afterHoursBandRate);

    private PriceRange Band(decimal reference, decimal rate)
    {
        if (reference <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference, "reference price must be positive");
        }

        return new PriceRange(RoundUp(reference * (1 - rate)), RoundDown(reference * (1 + rate)));
    }
}
