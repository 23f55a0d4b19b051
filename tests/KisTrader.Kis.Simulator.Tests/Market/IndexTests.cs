using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Market;

public sealed class IndexTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    private static decimal CapWeighted(SimMarket market, string indexCode, Func<string, decimal> price)
    {
        var model = market.Model;
        var def = model.Indexes[model.FindIndex(indexCode)];
        double cap = 0;
        for (var c = 0; c < def.Constituents.Length; c++)
        {
            cap += def.Shares[c] * (double)price(model.Listings[def.Constituents[c]].Code);
        }

        return Math.Round((decimal)(cap / def.Divisor), 2, MidpointRounding.AwayFromZero);
    }

    [Theory]
    [InlineData("0001")]
    [InlineData("1001")]
    public void IndexAtTheClose_IsTheCapWeightedSumOfConstituentCloses(string indexCode)
    {
        var market = TestMarkets.Default;
        var evening = TestMarkets.At(Day, 18, 30);
        var index = market.Index(indexCode, evening)!;
        Assert.Equal(CapWeighted(market, indexCode, code => market.Quote(code, evening)!.Price), index.Value);
        Assert.Equal(CapWeighted(market, indexCode, code => market.Basis(code, Day)!.BasePrice), index.PrevClose);
        Assert.InRange(index.Value, index.Low, index.High);
        Assert.Equal(index.Value, market.Index(indexCode, TestMarkets.At(market.NextTradingDay(Day), 8, 45))!.PrevClose);
    }

    [Fact]
    public void IndexDuringTheSession_UsesConstituentPricesAtTheLastMinuteBoundary()
    {
        var market = TestMarkets.Default;
        var boundary = TestMarkets.At(Day, 10, 0);
        var index = market.Index("0001", TestMarkets.At(Day, 10, 0, 40))!;
        Assert.Equal(CapWeighted(market, "0001", code => market.Quote(code, boundary.AddTicks(-1))!.Price), index.Value);
        var breadth = index.Advancers + index.Unchanged + index.Decliners;
        Assert.Equal(market.Model.Indexes[0].Constituents.Length, breadth);
    }

    [Fact]
    public void IndexLevels_AreRealistic()
    {
        var market = TestMarkets.Default;
        var kospi = market.Index("0001", TestMarkets.At(Day, 18, 30))!;
        var kosdaq = market.Index("1001", TestMarkets.At(Day, 18, 30))!;
        Assert.InRange(kospi.Value, 1_500m, 6_000m);
        Assert.InRange(kosdaq.Value, 400m, 2_000m);
        Assert.Equal(("종합", "코스닥"), (kospi.Name, kosdaq.Name));
    }

    [Fact]
    public void IndexDailyBars_CloseEqualsTheFinalIndexOfEachDay()
    {
        var market = TestMarkets.Default;
        var evening = TestMarkets.At(Day, 18, 30);
        var bars = market.IndexDailyBars("0001", market.PreviousTradingDay(Day), Day, evening);
        Assert.Equal(2, bars.Count);
        Assert.Equal(market.Index("0001", evening)!.Value, bars[0].Close);
        Assert.Equal(market.Index("0001", evening)!.PrevClose, bars[1].Close);
        Assert.All(bars, b => Assert.InRange(b.Close, b.Low, b.High));
    }
}
