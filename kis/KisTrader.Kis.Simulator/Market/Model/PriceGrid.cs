namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// KRX quote unit (호가가격단위, since 2023-01-25, same for KOSPI and KOSDAQ; kis-api.md §7) on integer won:
/// &lt;2,000 → 1; &lt;5,000 → 5; &lt;20,000 → 10; &lt;50,000 → 50; &lt;200,000 → 100; &lt;500,000 → 500; else 1,000.
/// ETF/ETN: 5 at every price. The simulator's one KRX tick table: the market's prints and books and the order desk's
/// validation (Trading/Rules/TickRules) all read <see cref="Tick"/>.
/// </summary>
internal static class PriceGrid
{
    public static int Tick(long price, bool etfTick)
    {
        if (etfTick)
        {
            return 5;
        }

        return price switch
        {
            < 2_000 => 1,
            < 5_000 => 5,
            < 20_000 => 10,
            < 50_000 => 50,
            < 200_000 => 100,
            < 500_000 => 500,
            _ => 1_000,
        };
    }

    /// <summary>Largest grid price at or below <paramref name="price"/> (at least one tick).</summary>
    public static int Down(double price, bool etfTick)
    {
        var p = (long)Math.Floor(price);
        var tick = Tick(p, etfTick);
        var down = p / tick * tick;
        return (int)Math.Max(down, tick);
    }

    /// <summary>Smallest grid price at or above <paramref name="price"/>.</summary>
    public static int Up(double price, bool etfTick)
    {
        var p = (long)Math.Ceiling(price);
        var tick = Tick(p, etfTick);
        var up = (p + tick - 1) / tick * tick;
        return (int)Math.Max(up, tick);
    }

    /// <summary>Nearest grid price (ties upward).</summary>
    public static int Nearest(double price, bool etfTick)
    {
        var down = Down(price, etfTick);
        var up = Up(price, etfTick);
        return price - down < up - price ? down : up;
    }

    /// <summary>The grid price <paramref name="ticks"/> steps away (negative = down), never below one tick.</summary>
    public static int Step(int price, int ticks, bool etfTick)
    {
        var p = price;
        for (var i = 0; i < Math.Abs(ticks); i++)
        {
            p = ticks > 0 ? p + Tick(p, etfTick) : Math.Max(Tick(p - 1, etfTick), p - Tick(p - 1, etfTick));
        }

        return p;
    }

    /// <summary>상한가: base × 1.3 rounded down to the grid.</summary>
    public static int UpperLimit(int basePrice, bool etfTick) => Down(basePrice * 13L / 10.0, etfTick);

    /// <summary>하한가: base × 0.7 rounded up to the grid.</summary>
    public static int LowerLimit(int basePrice, bool etfTick) => Up(basePrice * 7L / 10.0, etfTick);

    /// <summary>After-hours band top: close × 1.1 rounded down, never above the daily upper limit.</summary>
    public static int AfterHoursUpper(int close, int dailyUpper, bool etfTick) => Math.Min(Down(close * 11L / 10.0, etfTick), dailyUpper);

    /// <summary>After-hours band bottom: close × 0.9 rounded up, never below the daily lower limit.</summary>
    public static int AfterHoursLower(int close, int dailyLower, bool etfTick) => Math.Max(Up(close * 9L / 10.0, etfTick), dailyLower);
}
