namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>
/// KRX quote unit (호가가격단위) since 2023-01-25, identical for KOSPI and KOSDAQ (kis-api.md §7):
/// &lt;2,000 → 1; &lt;5,000 → 5; &lt;20,000 → 10; &lt;50,000 → 50; &lt;200,000 → 100; &lt;500,000 → 500; otherwise 1,000.
/// ETF/ETN/ELW use 5 at every price.
/// </summary>
internal static class TickRules
{
    public const decimal EtfTick = 5m;

    private static readonly (decimal Below, decimal Tick)[] Bands =
    [
        (2_000m, 1m),
        (5_000m, 5m),
        (20_000m, 10m),
        (50_000m, 50m),
        (200_000m, 100m),
        (500_000m, 500m),
    ];

    public static decimal TickAt(decimal price, bool etfTick)
    {
        if (etfTick)
        {
            return EtfTick;
        }

        foreach (var (below, tick) in Bands)
        {
            if (price < below)
            {
                return tick;
            }
        }

        return 1_000m;
    }

    public static bool IsOnGrid(decimal price, bool etfTick) => price > 0 && price % TickAt(price, etfTick) == 0m;

    /// <summary>Largest grid price at or below <paramref name="price"/>.</summary>
    public static decimal RoundDown(decimal price, bool etfTick)
    {
        var tick = TickAt(price, etfTick);
        return Math.Floor(price / tick) * tick;
    }

    /// <summary>Smallest grid price at or above <paramref name="price"/> (the tick of the result's band is used).</summary>
    public static decimal RoundUp(decimal price, bool etfTick)
    {
        var tick = TickAt(price, etfTick);
        var up = Math.Ceiling(price / tick) * tick;
        // Crossing a band boundary upwards keeps the result on the grid (boundaries are multiples of the upper tick).
        return up;
    }
}
