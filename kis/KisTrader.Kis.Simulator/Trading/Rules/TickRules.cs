using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>
/// The order desk's view of the KRX quote unit (호가가격단위) on decimal prices. The table itself is the simulator's one
/// KRX tick table, <see cref="PriceGrid.Tick"/> (kis-api.md §7): the desk validates orders on the same grid the market
/// prints on.
/// </summary>
internal static class TickRules
{
    /// <summary>The tick of the band <paramref name="price"/> lies in (any price above the last band edge: 1,000).</summary>
    public static decimal TickAt(decimal price, bool etfTick) => PriceGrid.Tick((long)Math.Floor(Math.Min(price, 1_000_000_000m)), etfTick);

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
