using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>Everything is "as of" the instant asked: no print, bar, auction or close before it happens.</summary>
public sealed class NoFutureTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    [Fact]
    public void QuoteDuringTheSession_CountsOnlyPrintsAtOrBeforeTheInstant()
    {
        var market = TestMarkets.Default;
        var at = TestMarkets.At(Day, 10, 15, 30);
        foreach (var l in TestMarkets.Tradable(market).Take(25).Append(market.Listing("005930")!))
        {
            var q = market.Quote(l.Code, at)!;
            var trades = market.Trades(l.Code, TestMarkets.At(Day, 8, 0), at);
            Assert.Equal(q.Volume, trades.Sum(t => t.Volume));
            Assert.NotEmpty(trades);
            Assert.All(trades, t => Assert.True(t.At <= at));
            if (trades.Count > 0)
            {
                Assert.Equal(trades[^1].Price, q.Price);
                Assert.Equal(trades[^1].At, q.LastTradeAt);
                Assert.Equal(trades.Max(t => t.Price), q.High);
            }

            Assert.False(q.IsFinal);
            Assert.Equal(SimPhase.Continuous, q.Phase);
            Assert.Null(market.ClosingAuction(l.Code, Day, at));
            var bars = market.MinuteBars(l.Code, at);
            Assert.NotEmpty(bars);
            Assert.All(bars, b => Assert.True(b.Start <= at));
            Assert.Equal(q.Volume, bars.Sum(b => b.Volume));
            Assert.Equal(TestMarkets.At(Day, 10, 15), bars[^1].Start);
        }
    }

    [Fact]
    public void Close_AppearsOnlyAtTheClosingAuction()
    {
        var market = TestMarkets.Default;
        var code = "005930";
        var before = market.Quote(code, TestMarkets.At(Day, 15, 29, 59))!;
        var after = market.Quote(code, TestMarkets.At(Day, 15, 30))!;
        Assert.Null(market.ClosingAuction(code, Day, TestMarkets.At(Day, 15, 29, 59)));
        Assert.NotNull(before.ExpectedPrice);
        Assert.False(before.IsFinal);
        Assert.Equal(SimPhase.ClosingAuction, before.Phase);
        var close = market.ClosingAuction(code, Day, TestMarkets.At(Day, 15, 30))!;
        Assert.Equal((close.Price, true), (after.Price, after.IsFinal));
        Assert.Equal(before.Volume + close.Volume, after.Volume);
        // The expected price converges to the close in the last intake minute.
        Assert.Equal(close.Price, before.ExpectedPrice);
    }

    [Fact]
    public void BeforeThePreOpen_QuotesShowThePreviousSessionsFinalState()
    {
        var market = TestMarkets.Default;
        var previous = market.PreviousTradingDay(Day);
        var q = market.Quote("005930", TestMarkets.At(Day, 8, 29, 59))!;
        var prevClose = market.ClosingAuction("005930", previous, TestMarkets.At(Day, 8, 0))!;
        Assert.Equal((previous, prevClose.Price, SimPhase.Closed), (q.Date, q.Price, q.Phase));
        var preOpen = market.Quote("005930", TestMarkets.At(Day, 8, 45))!;
        Assert.Equal((Day, 0L, SimPhase.PreOpen), (preOpen.Date, preOpen.Volume, preOpen.Phase));
        Assert.NotNull(preOpen.ExpectedPrice);
        Assert.Null(market.OpeningAuction("005930", Day, TestMarkets.At(Day, 8, 59, 59)));
        Assert.NotNull(market.OpeningAuction("005930", Day, TestMarkets.At(Day, 9, 0)));
    }

    [Fact]
    public void DailyBars_IncludeTodayFromTheOpenBuiltFromPrintsSoFar()
    {
        var market = TestMarkets.Default;
        Assert.DoesNotContain(market.DailyBars("005930", Day.AddDays(-10), Day, TestMarkets.At(Day, 8, 50)), b => b.Date == Day);
        var at = TestMarkets.At(Day, 11, 0);
        var today = market.DailyBars("005930", Day.AddDays(-10), Day, at)[0];
        var q = market.Quote("005930", at)!;
        Assert.Equal((Day, q.Price, q.Volume), (today.Date, today.Close, today.Volume));
        Assert.Empty(market.DailyBars("005930", Day.AddDays(1), Day.AddDays(30), at));
    }

    [Fact]
    public void AfterHours_MatchesAppearOnlyAtTheirAuctionTimes()
    {
        var market = TestMarkets.Default;
        var code = TestMarkets.Tradable(market).First(l => market.AfterHoursAuctions(l.Code, Day, TestMarkets.At(Day, 18, 0)).Any(a => a.Volume > 0)).Code;
        Assert.Empty(market.AfterHoursAuctions(code, Day, TestMarkets.At(Day, 16, 9, 59)));
        Assert.Single(market.AfterHoursAuctions(code, Day, TestMarkets.At(Day, 16, 10)));
        Assert.Equal(12, market.AfterHoursAuctions(code, Day, TestMarkets.At(Day, 18, 0)).Count);
        var at1605 = market.AfterHours(code, TestMarkets.At(Day, 16, 5))!;
        Assert.Null(at1605.Last);
        Assert.NotNull(at1605.IndicativePrice);
        Assert.Equal((9, 9), (at1605.Book.Asks.Length, at1605.Book.Bids.Length));
        var at1500 = market.AfterHours(code, TestMarkets.At(Day, 15, 0))!;
        Assert.Equal(market.PreviousTradingDay(Day), at1500.Date);
        Assert.Null(market.AfterHours(code, TestMarkets.At(Day, 18, 30))!.IndicativePrice);
    }
}
