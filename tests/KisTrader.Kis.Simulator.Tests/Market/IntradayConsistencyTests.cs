using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Market.Model;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>Bars, prints, auctions, VWAP and 체결강도 of a generated day agree with each other and with the daily row.</summary>
public sealed class IntradayConsistencyTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;

    private static IEnumerable<int> Sample(MarketModel model) =>
        model.Models.Where(m => !m.Listing.Halted).Select(m => m.Index).Where(i => i % 37 == 0).Append(model.Find("005930"));

    [Fact]
    public void Prints_AggregateExactlyToEveryMinuteBar()
    {
        var model = TestMarkets.Default.Model;
        var d = model.Calendar.IndexOf(Day);
        Span<RawPrint> buffer = stackalloc RawPrint[PrintSynth.MaxPrintsPerMinute];
        foreach (var i in Sample(model))
        {
            var ld = model.Day(d).Listing(i);
            for (var m = 0; m < ld.Minutes; m++)
            {
                var prints = ld.PrintsOf(m, buffer);
                if (ld.Buy(m) + ld.Sell(m) == 0)
                {
                    Assert.Equal(0, prints.Length);
                    continue;
                }

                var (o, h, l, c) = PrintSynth.Aggregate(prints, m == 0 ? ld.Row.Open : 0, 0);
                Assert.Equal((ld.Open(m), ld.High(m), ld.Low(m), ld.Close(m)), (o, h, l, c));
                long buy = 0, sell = 0, value = m == 0 ? ld.OpenAuctionVolume * ld.Row.Open : 0;
                foreach (var p in prints)
                {
                    Assert.InRange(p.Second, m * 60, (m * 60) + 59);
                    buy += p.Side == SimSide.Buy ? p.Volume : 0;
                    sell += p.Side == SimSide.Sell ? p.Volume : 0;
                    value += (long)p.Price * p.Volume;
                }

                Assert.Equal((ld.Buy(m), ld.Sell(m), ld.Values[m]), ((int)buy, (int)sell, value));
            }
        }
    }

    [Fact]
    public void Bars_StayOnTheGridInsideTheDailyLimits_AndVolumesSumToTheDailyRow()
    {
        var model = TestMarkets.Default.Model;
        var d = model.Calendar.IndexOf(Day);
        foreach (var i in Sample(model))
        {
            var ld = model.Day(d).Listing(i);
            var row = ld.Row;
            var etf = model.Models[i].EtfTick;
            long volume = ld.CloseAuctionVolume;
            for (var m = 0; m < ld.Minutes; m++)
            {
                volume += ld.Volume(m);
                foreach (var p in new[] { ld.Open(m), ld.High(m), ld.Low(m), ld.Close(m) })
                {
                    Assert.InRange(p, row.Lower, row.Upper);
                    Assert.Equal(0, p % PriceGrid.Tick(p, etf));
                }
            }

            Assert.Equal(row.Volume, volume);
            Assert.Equal(ld.Open(0), row.Open);
        }
    }

    [Fact]
    public void FinalQuote_MatchesTheDailyBar_VwapAndStrengthFollowFromTheTotals()
    {
        var market = TestMarkets.Default;
        var evening = TestMarkets.At(Day, 18, 30);
        foreach (var i in Sample(market.Model))
        {
            var code = market.Listings[i].Code;
            var q = market.Quote(code, evening)!;
            var bar = market.DailyBars(code, Day, Day, evening).Single();
            var row = market.Model.Daily.Row(i, market.Model.Calendar.IndexOf(Day));
            Assert.Equal((bar.Close, bar.Open, bar.High, bar.Low, bar.Volume, bar.TradingValue), (q.Price, q.Open!.Value, q.High!.Value, q.Low!.Value, q.Volume, q.TradingValue));
            Assert.Equal((decimal)row.Close, q.Price);
            Assert.Equal(row.TotalVolume, q.Volume);
            Assert.Equal(Math.Round(q.TradingValue / q.Volume, 2, MidpointRounding.AwayFromZero), q.Vwap);
            Assert.Equal(q.SellVolume == 0 ? 0 : Math.Round(q.BuyVolume * 100m / q.SellVolume, 2, MidpointRounding.AwayFromZero), q.Strength);
            Assert.True(q.IsFinal);
            var trades = market.Trades(code, TestMarkets.At(Day, 8, 0), evening);
            Assert.Equal(q.Volume, trades.Sum(t => t.Volume));
            Assert.Equal(q.TradingValue, trades.Sum(t => t.Price * t.Volume));
            Assert.Equal(q.BuyVolume, trades.Where(t => t.Side == SimSide.Buy).Sum(t => t.Volume));
            Assert.Equal(q.BuyCount, trades.Count(t => t.Side == SimSide.Buy));
        }
    }

    [Fact]
    public void ClosingAuction_IsTheOfficialCloseAndTomorrowsBasePrice()
    {
        var market = TestMarkets.Default;
        var next = market.NextTradingDay(Day);
        foreach (var l in TestMarkets.Tradable(market).Take(40))
        {
            var close = market.ClosingAuction(l.Code, Day, TestMarkets.At(Day, 15, 30))!;
            Assert.Equal(TestMarkets.At(Day, 15, 30), close.At);
            Assert.Equal(close.Price, market.Basis(l.Code, next)!.BasePrice);
            var basis = market.Basis(l.Code, next)!;
            // ±30% limits rounded inward to the grid: upper = floor(base × 1.3), lower = ceil(base × 0.7).
            Assert.True(basis.UpperLimit <= basis.BasePrice * 1.3m && basis.UpperLimit > basis.BasePrice * 1.3m - PriceGrid.Tick((long)(basis.BasePrice * 1.3m), l.EtfTick));
            Assert.True(basis.LowerLimit >= basis.BasePrice * 0.7m && basis.LowerLimit < basis.BasePrice * 0.7m + PriceGrid.Tick((long)(basis.BasePrice * 0.7m), l.EtfTick));
        }
    }

    [Fact]
    public void HaltedListing_HasNoPricesNoBookAndKeepsItsBasePrice()
    {
        var market = TestMarkets.Default;
        var halted = market.Listings.First(l => l.Halted);
        var q = market.Quote(halted.Code, TestMarkets.At(Day, 11, 0))!;
        Assert.Equal((q.Basis.BasePrice, 0L, (decimal?)null), (q.Price, q.Volume, q.Open));
        Assert.Empty(market.Book(halted.Code, TestMarkets.At(Day, 11, 0))!.Asks);
        Assert.Empty(market.MinuteBars(halted.Code, TestMarkets.At(Day, 11, 0)));
        Assert.Equal(q.Basis.BasePrice, market.Basis(halted.Code, market.NextTradingDay(Day))!.BasePrice);
    }

    [Fact]
    public void Book_HasTenLevelsOnTheGridAroundTheLastPrint()
    {
        var market = TestMarkets.Default;
        var at = TestMarkets.At(Day, 10, 30, 15);
        var samsung = market.Book("005930", at)!;
        var q = market.Quote("005930", at)!;
        Assert.Equal((10, 10), (samsung.Asks.Length, samsung.Bids.Length));
        Assert.True(samsung.Asks[0].Price > samsung.Bids[0].Price);
        Assert.True(q.Price == samsung.Asks[0].Price || q.Price == samsung.Bids[0].Price);
        Assert.NotEmpty(samsung.Asks.Zip(samsung.Asks.Skip(1)));
        Assert.All(samsung.Asks.Zip(samsung.Asks.Skip(1)), p => Assert.Equal(PriceGrid.Tick((long)p.First.Price, false), p.Second.Price - p.First.Price));
        Assert.NotEmpty(samsung.Bids.Concat(samsung.Asks));
        Assert.All(samsung.Bids.Concat(samsung.Asks), l => Assert.True(l.Quantity > 0));
        Assert.Equal((samsung.Asks[0].Price, samsung.Bids[0].Price), (q.Ask1, q.Bid1));
    }
}
