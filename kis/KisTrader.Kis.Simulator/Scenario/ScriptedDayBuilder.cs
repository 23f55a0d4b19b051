using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;
using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Scenario;

/// <summary>
/// Builds a listing's day exactly as a scenario scripts it: 1-minute bars stored as given (their prints derived like
/// synthetic ones) or second-level ticks stored as the prints themselves (bars aggregated from them); minutes without a
/// bar or tick have no trades; auctions and after-hours matches as scripted.
/// </summary>
internal static class ScriptedDayBuilder
{
    public static ListingDay Build(int seed, ListingModel m, int day, DateOnly date, SimSession session, DailyRow row, ScenarioDay script)
    {
        var minutes = session.ContinuousMinutes;
        var result = new ListingDay(m.Index, day, row, minutes)
        {
            TimeKey = SimRng.Key(seed, RngStream.Prints, m.Key, date.DayNumber),
            OpenAuctionVolume = script.OpeningAuction?.Volume ?? 0,
            CloseAuctionVolume = script.ClosingAuction?.Volume ?? 0,
        };

        if (script.Ticks.Length > 0)
        {
            var prints = script.Ticks
                .Select(t => new RawPrint((int)(t.Time - session.Open).TotalSeconds, t.Price, t.Volume, t.Side))
                .ToArray();
            SpreadWithinSeconds(prints);
            result.SetPrints(prints);
        }

        var bars = script.Bars.ToDictionary(b => (int)(b.Time - session.Open).TotalMinutes);
        Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
        var last = row.Open;
        int high = row.Open, low = row.Open;
        long value = result.OpenAuctionVolume * row.Open;
        for (var i = 0; i < minutes; i++)
        {
            var at = i * ListingDay.Stride;
            if (bars.TryGetValue(i, out var b))
            {
                (result.Bars[at], result.Bars[at + 1], result.Bars[at + 2], result.Bars[at + 3]) = (b.Open, b.High, b.Low, b.Close);
                (result.Bars[at + 4], result.Bars[at + 5]) = (b.BuyVolume, b.SellVolume);
            }
            else if (result.Prints is not null)
            {
                var prints = result.PrintsOf(i, buffer);
                var (o, h, l, c) = PrintSynth.Aggregate(prints, i == 0 ? row.Open : 0, last);
                (result.Bars[at], result.Bars[at + 1], result.Bars[at + 2], result.Bars[at + 3]) = (o, h, l, c);
                foreach (var p in prints)
                {
                    result.Bars[at + (p.Side == SimSide.Buy ? 4 : 5)] += p.Volume;
                }
            }
            else
            {
                var flat = i == 0 ? row.Open : last;
                (result.Bars[at], result.Bars[at + 1], result.Bars[at + 2], result.Bars[at + 3]) = (flat, flat, flat, flat);
            }

            var minuteValue = i == 0 ? result.OpenAuctionVolume * row.Open : 0;
            var minutePrints = result.PrintsOf(i, buffer);
            foreach (var p in minutePrints)
            {
                minuteValue += (long)p.Price * p.Volume;
            }

            result.Count(i, minutePrints);

            result.Values[i] = minuteValue;
            value += minuteValue - (i == 0 ? result.OpenAuctionVolume * row.Open : 0);
            high = Math.Max(high, result.High(i));
            low = Math.Min(low, result.Low(i));
            last = result.Close(i);
        }

        result.DayHigh = Math.Max(high, row.Close);
        result.DayLow = Math.Min(low, row.Close);
        result.RegularValue = value + (result.CloseAuctionVolume * row.Close);
        return result;
    }

    /// <summary>Scripted after-hours matches; auctions not scripted do not match (price carried from the last one).</summary>
    public static AfterHoursDay AfterHours(ListingModel m, SimSession session, DailyRow row, ScenarioDay script)
    {
        var day = AfterHoursDay.Band(m, row, session, out var times);
        var byTime = script.AfterHours.ToDictionary(a => a.Time);
        var price = row.Close;
        for (var k = 0; k < times.Length; k++)
        {
            if (byTime.TryGetValue(times[k], out var a))
            {
                price = a.Price;
                day.Volumes[k] = a.Volume;
            }

            day.Prices[k] = price;
        }

        return day;
    }

    /// <summary>
    /// Ticks scripted in the same second (same HHMMSS) keep their order and get distinct milliseconds, j × 1000 ÷ k for
    /// the j-th of k: each one's realtime record then carries the cumulative state through it. A lone tick stays at .000.
    /// </summary>
    private static void SpreadWithinSeconds(RawPrint[] prints)
    {
        for (var i = 0; i < prints.Length;)
        {
            var end = i + 1;
            while (end < prints.Length && prints[end].Second == prints[i].Second)
            {
                end++;
            }

            for (var j = i; j < end; j++)
            {
                prints[j] = prints[j] with { Milli = (j - i) * 1000 / (end - i) };
            }

            i = end;
        }
    }
}
