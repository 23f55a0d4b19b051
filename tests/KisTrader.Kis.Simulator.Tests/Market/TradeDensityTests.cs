using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>
/// Prints per minute follow each listing's liquidity (a large cap prints several times a second, an illiquid listing a few
/// times a minute), with varied sizes and strictly increasing times (up to five prints in one second at distinct
/// milliseconds), while every minute's prints stay exactly its bar.
/// </summary>
public sealed class TradeDensityTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    private static (ListingDay Day, int Index) ListingDayOf(SimMarket market, string code)
    {
        var model = market.Model;
        var i = model.Find(code);
        return (model.Day(model.Calendar.IndexOf(Day)).Listing(i), i);
    }

    [Fact]
    public void LargeCap_At1000_PrintsSeveralTimesASecondWithVariedSizes()
    {
        var (ld, _) = ListingDayOf(TestMarkets.Default, "005930");
        Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
        var minute = 60; // 10:00

        var prints = ld.PrintsOf(minute, buffer).ToArray();

        Assert.InRange(prints.Length, 120, PrintSynth.MaxPrintsPerMinute);
        var sizes = prints.Select(p => p.Volume).ToList();
        Assert.True(sizes.Max() >= 4 * sizes.Min(), $"sizes {sizes.Min()}…{sizes.Max()}");
        var perSecond = prints.GroupBy(p => p.Second).Select(g => g.Count()).ToList();
        Assert.InRange(perSecond.Max(), 3, PrintSynth.MaxPrintsPerSecond);
        Assert.True(perSecond.Count >= 50, "prints spread over the minute");
        for (var k = 1; k < prints.Length; k++)
        {
            Assert.True(prints[k].Ms > prints[k - 1].Ms, "strictly increasing times, several prints sharing a second");
            Assert.InRange(prints[k].Milli, 0, 999);
            Assert.Equal(minute, prints[k].Second / 60);
        }
    }

    [Fact]
    public void Universe_PrintsPerMinuteFollowLiquidity()
    {
        var market = TestMarkets.Default;
        var model = market.Model;
        var d = model.Calendar.IndexOf(Day);
        Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
        var perListing = new List<(double DayValue, double PerMinute)>();
        foreach (var m in model.Models.Where(m => !m.Listing.Halted))
        {
            var ld = model.Day(d).Listing(m.Index);
            var prints = 0;
            for (var minute = 0; minute < ld.Minutes; minute++)
            {
                prints += ld.PrintsOf(minute, buffer).Length;
            }

            perListing.Add((ld.RegularValue, prints / (double)ld.Minutes));
        }

        var ranked = perListing.OrderBy(p => p.DayValue).ToList();
        var illiquid = ranked.Take(ranked.Count / 10).Average(p => p.PerMinute);
        var liquid = ranked.Skip(ranked.Count - 30).Average(p => p.PerMinute);
        Assert.InRange(illiquid, 0.5, 6);
        Assert.InRange(liquid, 60, PrintSynth.MaxPrintsPerMinute);
    }

    [Fact]
    public void Prints_SameSeed_SamePrintsOnASecondMarket()
    {
        var a = TestMarkets.Small(7);
        var b = TestMarkets.Small(7);
        const string code = "005930";
        var from = TestMarkets.At(Day, 9, 0);
        var to = TestMarkets.At(Day, 15, 30);

        var first = a.Trades(code, from, to);
        var second = b.Trades(code, from, to);

        Assert.True(first.Count > 4 * 380, $"{first.Count} prints");
        Assert.Equal(first, second);
    }
}
