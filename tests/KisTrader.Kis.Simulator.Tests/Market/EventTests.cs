using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Market;

public sealed class EventTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    [Fact]
    public void TradeEvents_AreTheTradesOfTheWindowInOrder()
    {
        var market = TestMarkets.Default;
        var from = TestMarkets.At(Day, 10, 0);
        var to = TestMarkets.At(Day, 10, 5);
        var events = market.Events(from, to, ["005930", "000660"]);
        Assert.Equal(events.OrderBy(e => e.At).ToList(), events);
        foreach (var code in new[] { "005930", "000660" })
        {
            var trades = market.Trades(code, from, to).Select(t => (t.At, t.Price, t.Volume, t.Side)).ToList();
            var fromEvents = events.Where(e => e.Code == code && e.Kind == SimEventKind.Trade).Select(e => (e.At, e.Price, e.Volume, e.Side)).ToList();
            Assert.NotEmpty(trades);
            Assert.Equal(trades, fromEvents);
            Assert.Equal(trades.Count, events.Count(e => e.Code == code && e.Kind == SimEventKind.QuoteChange));
        }

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.At > from && e.At <= to));
    }

    [Fact]
    public void SessionEvents_CoverAuctionsClosingPriceSessionAndAfterHours()
    {
        var market = TestMarkets.Default;
        var code = TestMarkets.Tradable(market).First(l => market.Quote(l.Code, TestMarkets.At(Day, 18, 30))!.Volume > 100_000).Code;
        var events = market.Events(TestMarkets.At(Day, 8, 0), TestMarkets.At(Day, 18, 0), [code]);
        Assert.Equal(30 + 10, events.Count(e => e.Kind == SimEventKind.ExpectedPrice));
        var open = Assert.Single(events, e => e.Kind == SimEventKind.OpeningAuction);
        Assert.Equal((TestMarkets.At(Day, 9, 0), market.OpeningAuction(code, Day, TestMarkets.At(Day, 9, 0))!.Price), (open.At, open.Price));
        var close = Assert.Single(events, e => e.Kind == SimEventKind.ClosingAuction);
        Assert.Equal(TestMarkets.At(Day, 15, 30), close.At);
        Assert.Contains(events, e => e.Kind == SimEventKind.ClosingPriceTrade);
        Assert.All(events.Where(e => e.Kind == SimEventKind.ClosingPriceTrade), e =>
        {
            Assert.Equal(close.Price, e.Price);
            Assert.InRange(e.At, TestMarkets.At(Day, 15, 40), TestMarkets.At(Day, 16, 0));
        });
        var matches = events.Where(e => e.Kind == SimEventKind.AfterHoursMatch).ToList();
        Assert.Equal(market.AfterHoursAuctions(code, Day, TestMarkets.At(Day, 18, 0)).Select(a => (a.At, a.Price, a.Volume)), matches.Select(e => (e.At, e.Price, e.Volume)));
        // One indicative per minute 16:00–17:59 (after each match, the next auction's indicative at the same instant).
        Assert.Equal(120, events.Count(e => e.Kind == SimEventKind.AfterHoursIndicative));
        var at1610 = events.Where(e => e.At == TestMarkets.At(Day, 16, 10) && e.Kind >= SimEventKind.AfterHoursMatch).Select(e => e.Kind);
        Assert.Equal([SimEventKind.AfterHoursMatch, SimEventKind.AfterHoursIndicative], at1610);
    }

    [Fact]
    public void IndexTicks_EveryMinuteAndAtTheClose()
    {
        var market = TestMarkets.Default;
        var ticks = market.Events(TestMarkets.At(Day, 8, 59), TestMarkets.At(Day, 9, 10), ["0001"]);
        Assert.Equal(11, ticks.Count); // 09:00 (open) … 09:10
        Assert.All(ticks, t => Assert.Equal((SimEventKind.IndexTick, "0001"), (t.Kind, t.Code)));
        var atClose = Assert.Single(market.Events(TestMarkets.At(Day, 15, 29), TestMarkets.At(Day, 15, 35), ["1001"]));
        Assert.Equal((TestMarkets.At(Day, 15, 30), market.Index("1001", TestMarkets.At(Day, 15, 30))!.Value), (atClose.At, atClose.Price));
    }
}
