using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Market.Model;

/// <summary>
/// A listing's 시간외 단일가 session of one day: one single-price match per auction time (16:10 … 18:00), each within the
/// band (±10% of the close, inside the daily limits) and on the grid. Volume 0 means the auction did not match. The
/// path drifts from the close to close × (1 + AfterHoursTarget), which the next day's open carries forward.
/// </summary>
internal sealed class AfterHoursDay
{
    public AfterHoursDay(int basePrice, int upper, int lower, TimeOnly[] times, int[] prices, long[] volumes)
    {
        BasePrice = basePrice;
        Upper = upper;
        Lower = lower;
        Times = times;
        Prices = prices;
        Volumes = volumes;
    }

    /// <summary>The day's close (the band's base).</summary>
    public int BasePrice { get; }

    public int Upper { get; }

    public int Lower { get; }

    public TimeOnly[] Times { get; }

    /// <summary>Match (or, when its volume is 0, would-be) price per auction.</summary>
    public int[] Prices { get; }

    public long[] Volumes { get; }

    public static AfterHoursDay Band(ListingModel m, DailyRow row, SimSession session, out TimeOnly[] times)
    {
        times = [.. session.AfterHoursAuctionTimes()];
        var upper = PriceGrid.AfterHoursUpper(row.Close, PriceGrid.UpperLimit(row.BasePrice, m.EtfTick), m.EtfTick);
        var lower = PriceGrid.AfterHoursLower(row.Close, PriceGrid.LowerLimit(row.BasePrice, m.EtfTick), m.EtfTick);
        upper = Math.Max(upper, row.Close);
        lower = Math.Min(lower, row.Close);
        return new AfterHoursDay(row.Close, upper, lower, times, new int[times.Length], new long[times.Length]);
    }

    public static AfterHoursDay Generate(int seed, ListingModel m, DateOnly date, SimSession session, DailyRow row)
    {
        var day = Band(m, row, session, out var times);
        if (row.Type == DayType.Halted || row.Volume <= 0)
        {
            Array.Fill(day.Prices, row.Close);
            return day;
        }

        var rng = SimRng.For(seed, RngStream.AfterHours, m.Key, date.DayNumber);
        var active = row.Type is DayType.StrongCloser or DayType.Momentum or DayType.Selloff or DayType.Fade;
        var noMatch = active ? 0.05 : m.BaseVolume < 50_000 ? 0.6 : 0.3;
        var perAuction = row.Volume * (active ? 0.004 : 0.0012);
        var n = times.Length;
        for (var k = 0; k < n; k++)
        {
            var progress = Math.Pow((k + 1) / (double)n, 0.6);
            var noise = k == n - 1 ? 0 : rng.Normal() * 0.003;
            var target = row.Close * Math.Exp((row.AfterHoursTarget * progress) + noise);
            day.Prices[k] = Math.Clamp(PriceGrid.Nearest(target, m.EtfTick), day.Lower, day.Upper);
            var matched = !rng.Chance(noMatch) || (k == n - 1 && Math.Abs(row.AfterHoursTarget) > 0.01);
            day.Volumes[k] = matched ? Math.Max(1, (long)(perAuction * rng.Uniform(0.2, 1.8))) : 0;
        }

        return day;
    }
}
