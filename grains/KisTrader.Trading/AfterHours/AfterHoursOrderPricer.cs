using KisTrader.Trading.Pricing;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// Prices and sizes an after-hours single-price buy (strategy.md §6). The order price is the first grid price
/// strictly above the observed price: observed + 1 tick when the observed price is on the grid, the observed price
/// rounded up when it is not (never two ticks above). It is capped at the session's upper limit: close × 1.10
/// rounded down to the grid, and never above the day's upper limit (previous close × 1.30 rounded down).
/// </summary>
public sealed class AfterHoursOrderPricer
{
    /// <summary>KIS ORD_DVSN for an after-hours single-price order (시간외 단일가).</summary>
    public const string OrderDivision = "07";

    private readonly PriceGrid _grid;

    public AfterHoursOrderPricer(PriceGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        _grid = grid;
    }

    /// <summary>The highest price an after-hours order may carry today.</summary>
    public decimal UpperLimit(decimal close, decimal previousClose) =>
        Math.Min(_grid.AfterHoursBand(close).Upper, _grid.DailyLimits(previousClose).Upper);

    /// <summary>The buy limit price for an observed price, and whether it was capped.</summary>
    public (decimal Price, bool Capped) OrderPrice(decimal observed, decimal close, decimal previousClose)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(observed, 0m);
        var above = _grid.IsOnGrid(observed) ? _grid.Step(observed, 1) : _grid.RoundUp(observed);
        var cap = UpperLimit(close, previousClose);
        return above > cap ? (cap, true) : (above, false);
    }

    /// <summary>floor(amount ÷ price); 0 when the amount buys less than one share.</summary>
    public static long Quantity(decimal amount, decimal price)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(price, 0m);
        return amount <= 0m ? 0 : (long)Math.Floor(amount / price);
    }
}
