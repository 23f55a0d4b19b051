using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Universe;

namespace KisTrader.Kis.Simulator.Tests.Market;

public sealed class DeterminismTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    private static string Fingerprint(SimMarket market, DateOnly day)
    {
        var text = new System.Text.StringBuilder();
        foreach (var l in market.Listings)
        {
            text.Append(l.Code).Append(l.Name).Append(l.ListedShares).Append(l.Halted);
        }

        foreach (var at in new[] { TestMarkets.At(day, 9, 3, 17), TestMarkets.At(day, 13, 59, 59), TestMarkets.At(day, 18, 30) })
        {
            foreach (var q in market.Quotes(at))
            {
                text.Append(q.Price).Append(q.Volume).Append(q.TradingValue).Append(q.BuyVolume).Append(q.High).Append(q.LastTradeAt);
            }
        }

        foreach (var l in market.Listings.Take(20))
        {
            foreach (var b in market.DailyBars(l.Code, day.AddDays(-45), day, TestMarkets.At(day, 18, 30)))
            {
                text.Append(b.Close).Append(b.High).Append(b.Volume);
            }

            foreach (var a in market.AfterHoursAuctions(l.Code, day, TestMarkets.At(day, 18, 30)))
            {
                text.Append(a.Price).Append(a.Volume);
            }
        }

        text.Append(market.Index("0001", TestMarkets.At(day, 18, 30))!.Value);
        return text.ToString();
    }

    [Fact]
    public void SameSeed_BuildsAnIdenticalMarket()
    {
        Assert.Equal(Fingerprint(TestMarkets.Small(7), Day), Fingerprint(TestMarkets.Small(7), Day));
    }

    [Fact]
    public void GenerationOrder_DoesNotChangeTheMarket()
    {
        var a = TestMarkets.Small(7);
        var b = TestMarkets.Small(7);
        // b generates later days and other listings first.
        foreach (var l in b.Listings.Reverse())
        {
            _ = b.Quote(l.Code, TestMarkets.At(Day.AddDays(3), 12, 0));
        }

        Assert.Equal(Fingerprint(a, Day), Fingerprint(b, Day));
    }

    [Fact]
    public void DifferentSeed_BuildsADifferentMarket()
    {
        var a = TestMarkets.Small(7);
        var b = TestMarkets.Small(8);
        Assert.NotEqual(Fingerprint(a, Day), Fingerprint(b, Day));
        // The real large caps are the same in every seed; the synthetic listings are not.
        var known = KnownListings.All.Select(k => k.Code).ToHashSet();
        var synthetic = a.Listings.Where(l => !known.Contains(l.Code) && l.Kind != SimListingKind.Preferred).Select(l => l.Code).ToList();
        var shared = synthetic.Intersect(b.Listings.Select(l => l.Code)).Count();
        Assert.True(synthetic.Count > 30 && shared < synthetic.Count / 4, $"{shared} of {synthetic.Count} synthetic codes shared");
        var close = (SimMarket m) => m.Quote("005930", TestMarkets.At(Day, 18, 30))!.Price;
        Assert.NotEqual(close(a), close(b));
    }
}
