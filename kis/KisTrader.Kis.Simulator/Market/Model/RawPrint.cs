namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// A print inside the day, compact: seconds since the open, price and volume in won/shares, side, and the millisecond
/// inside its second (several prints of a listing may share one second — one HHMMSS — and are ordered by it).
/// </summary>
internal readonly record struct RawPrint(int Second, int Price, int Volume, SimSide Side, int Milli = 0)
{
    /// <summary>Milliseconds since the open.</summary>
    public long Ms => (Second * 1000L) + Milli;

    /// <summary>Seconds since the open, with the millisecond (the exact double of <see cref="Ms"/> ÷ 1,000).</summary>
    public double Time => Ms / 1000.0;
}
