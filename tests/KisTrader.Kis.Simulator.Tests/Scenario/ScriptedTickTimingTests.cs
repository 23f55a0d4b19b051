using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Tests.Market;

namespace KisTrader.Kis.Simulator.Tests.Scenario;

/// <summary>Scenario ticks scripted in one second stay exact (HHMMSS, order, price, volume, side) and each counts on its own.</summary>
public sealed class ScriptedTickTimingTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void TicksSharingASecond_KeepTheirSecondAndOrder_QuoteAtEachCountsThroughIt()
    {
        var market = new SimMarket(new SimMarketOptions { KospiListings = 60, KosdaqListings = 60 });
        market.LoadJson("""
            { "symbols": [ { "code": "900010", "name": "x", "market": "KOSPI", "price": 1000, "days": [ { "date": "2026-11-23",
              "openingAuction": { "price": 1000, "volume": 10 },
              "ticks": [
                { "time": "09:00:05", "price": 1001, "volume": 3, "side": "buy" },
                { "time": "09:00:05", "price": 1000, "volume": 4, "side": "sell" },
                { "time": "09:00:05", "price": 1001, "volume": 5, "side": "buy" },
                { "time": "09:00:06", "price": 1002, "volume": 1, "side": "buy" }
              ] } ] } ] }
            """);
        var second = TestMarkets.At(Monday, 9, 0, 5);

        var trades = market.Trades("900010", TestMarkets.At(Monday, 9, 0), TestMarkets.At(Monday, 9, 1));

        Assert.Equal([(1001m, 3L, SimSide.Buy), (1000m, 4L, SimSide.Sell), (1001m, 5L, SimSide.Buy), (1002m, 1L, SimSide.Buy)], trades.Select(t => (t.Price, t.Volume, t.Side)));
        Assert.Equal([second, second.AddMilliseconds(333), second.AddMilliseconds(666), second.AddSeconds(1)], trades.Select(t => t.At));
        Assert.Equal([13L, 17L, 22L], trades.Take(3).Select(t => market.Quote("900010", t.At)!.Volume));
        var end = market.Quote("900010", second.AddMilliseconds(999))!;
        Assert.Equal((22L, 1001m, 1, 2), (end.Volume, end.Price, end.SellCount, end.BuyCount));
    }
}
