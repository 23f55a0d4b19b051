using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Tests.Market;

public sealed class AfterHoursTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    [Fact]
    public void Auctions_EveryTenMinutes_WithinTenPercentOfTheClose_OnTheGrid()
    {
        var market = TestMarkets.Default;
        var evening = TestMarkets.At(Day, 18, 30);
        var matched = 0;
        foreach (var l in market.Listings.Where(l => !l.Halted).Where((_, i) => i % 9 == 0))
        {
            var close = market.ClosingAuction(l.Code, Day, evening)!.Price;
            var basis = market.Basis(l.Code, Day)!;
            var auctions = market.AfterHoursAuctions(l.Code, Day, evening);
            Assert.Equal(12, auctions.Count);
            for (var k = 0; k < auctions.Count; k++)
            {
                var a = auctions[k];
                Assert.Equal(TestMarkets.At(Day, 16, 10).AddMinutes(10 * k), a.At);
                Assert.Equal(SimAuctionKind.AfterHours, a.Kind);
                Assert.InRange(a.Price, close * 0.9m, close * 1.1m);
                Assert.InRange(a.Price, basis.LowerLimit, basis.UpperLimit);
                Assert.Equal(0m, a.Price % PriceGrid.Tick((long)a.Price, l.EtfTick));
                matched += a.Volume > 0 ? 1 : 0;
            }

            var state = market.AfterHours(l.Code, evening)!;
            var withVolume = auctions.Where(a => a.Volume > 0).ToList();
            Assert.Equal(withVolume.Sum(a => a.Volume), state.Volume);
            Assert.Equal(withVolume.LastOrDefault()?.Price, state.Last);
            Assert.Equal((close, SimPhase.Closed), (state.BasePrice, state.Phase));
        }

        Assert.True(matched > 100, $"{matched} matches");
    }

    [Fact]
    public void Indicative_BetweenAuctionsMovesTowardsTheNextMatch()
    {
        var market = TestMarkets.Default;
        var code = TestMarkets.Tradable(market).First(l => market.AfterHoursAuctions(l.Code, Day, TestMarkets.At(Day, 18, 0))[1] is { Volume: > 0 }).Code;
        var second = market.AfterHoursAuctions(code, Day, TestMarkets.At(Day, 18, 0))[1];
        // In the last minute before a match the indicative price is that match's price.
        var lastMinute = market.AfterHours(code, TestMarkets.At(Day, 16, 19, 30))!;
        Assert.Equal(second.Price, lastMinute.IndicativePrice);
        Assert.Equal(second.Volume, lastMinute.IndicativeVolume);
        Assert.Equal(SimPhase.AfterHours, lastMinute.Phase);
    }

    [Fact]
    public void SomeStrongClosersGapUpAfterHoursAndSomeDoNot()
    {
        var market = TestMarkets.Default;
        var model = market.Model;
        int up = 0, notUp = 0;
        for (var d = model.Calendar.IndexOf(Day) - 30; d <= model.Calendar.IndexOf(Day); d++)
        {
            var date = model.Calendar.DayAt(d);
            foreach (var m in model.Models.Where(m => model.Daily.Row(m.Index, d).Type == DayType.StrongCloser))
            {
                var state = market.AfterHours(m.Listing.Code, TestMarkets.At(date, 18, 30))!;
                if (state.Last is { } last && last >= state.BasePrice * 1.02m)
                {
                    up++;
                }
                else
                {
                    notUp++;
                }
            }
        }

        Assert.True(up >= 10 && notUp >= 10, $"up {up}, not up {notUp}");
    }
}
