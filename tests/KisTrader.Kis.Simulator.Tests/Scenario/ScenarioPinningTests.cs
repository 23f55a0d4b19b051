using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Scenario;
using KisTrader.Kis.Simulator.Tests.Market;

namespace KisTrader.Kis.Simulator.Tests.Scenario;

/// <summary>A loaded scenario reproduces every pinned number exactly.</summary>
public sealed class ScenarioPinningTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Tuesday = new(2026, 11, 24);
    private static readonly Lazy<SimMarket> Market = new(() =>
    {
        var market = new SimMarket(new SimMarketOptions { KospiListings = 60, KosdaqListings = 60, CachedDays = 3 });
        market.LoadJson(ScenarioSamples.Example);
        return market;
    });

    private static DateTimeOffset At(DateOnly d, int h, int m, int s = 0) => TestMarkets.At(d, h, m, s);

    [Fact]
    public void PinnedDailyRows_AreReturnedExactly_AndSetTheNextBasePrice()
    {
        var bars = Market.Value.DailyBars("900010", new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20), At(Monday, 8, 0));
        Assert.Equal(2, bars.Count);
        Assert.Equal((new DateOnly(2026, 11, 20), 10_000m, 10_100m, 9_950m, 10_050m, 421_500L), (bars[0].Date, bars[0].Open, bars[0].High, bars[0].Low, bars[0].Close, bars[0].Volume));
        Assert.Equal((9_900m, 10_050m, 9_850m, 10_000m, 400_000L), (bars[1].Open, bars[1].High, bars[1].Low, bars[1].Close, bars[1].Volume));
        Assert.Equal(10_000m, bars[0].PrevClose);
        Assert.Equal(10_050m, Market.Value.Basis("900010", Monday)!.BasePrice);
        // An existing listing pinned on one day: its next base price is the pinned close.
        Assert.Equal(101_500m, Market.Value.Basis("005930", Monday)!.BasePrice);
    }

    [Fact]
    public void ScriptedBars_AreReturnedExactly_AndUnscriptedMinutesHaveNoTrades()
    {
        var bars = Market.Value.MinuteBars("900010", At(Monday, 15, 0));
        Assert.Equal(360, bars.Count); // 09:00 … 14:59
        Assert.Equal((10_050m, 10_100m, 10_000m, 10_080m, 10_000L, 3_000L, 2_000L), (bars[0].Open, bars[0].High, bars[0].Low, bars[0].Close, bars[0].Volume, bars[0].BuyVolume, bars[0].SellVolume));
        var at14 = bars[300];
        Assert.Equal(At(Monday, 14, 0), at14.Start);
        Assert.Equal((10_080m, 10_500m, 10_080m, 10_450m, 120_000L), (at14.Open, at14.High, at14.Low, at14.Close, at14.Volume));
        Assert.NotEmpty(bars.Skip(1).Take(299));
        Assert.All(bars.Skip(1).Take(299), b => Assert.Equal((10_080m, 0L), (b.Close, b.Volume)));
        var q = Market.Value.Quote("900010", At(Monday, 15, 0))!;
        // 체결강도 = 93,000 ÷ 32,000 × 100 = 290.625 → 290.63.
        Assert.Equal((130_000L, 93_000L, 32_000L, 290.63m), (q.Volume, q.BuyVolume, q.SellVolume, q.Strength));
    }

    [Fact]
    public void ScriptedAuctionsAndClosingPriceSession_GiveTheFinalDay()
    {
        var q = Market.Value.Quote("900010", At(Monday, 18, 30))!;
        // 5,000 open + 5,000 + 120,000 continuous + 40,000 close + 2,000 closing-price session.
        Assert.Equal((10_500m, 172_000L, 10_500m, 10_000m), (q.Price, q.Volume, q.High, q.Low));
        Assert.Equal(new SimAuction(At(Monday, 15, 30), SimAuctionKind.Closing, 10_500m, 40_000), Market.Value.ClosingAuction("900010", Monday, At(Monday, 18, 30)));
    }

    [Fact]
    public void ScriptedAfterHours_AreTheMatches_OtherAuctionsDoNotTrade()
    {
        var auctions = Market.Value.AfterHoursAuctions("900010", Monday, At(Monday, 18, 0));
        Assert.Equal(12, auctions.Count);
        Assert.Equal((10_600m, 3_000L), (auctions[0].Price, auctions[0].Volume));
        Assert.Equal((10_600m, 0L), (auctions[1].Price, auctions[1].Volume));
        Assert.Equal((10_800m, 5_000L), (auctions[2].Price, auctions[2].Volume));
        Assert.NotEmpty(auctions.Skip(3));
        Assert.All(auctions.Skip(3), a => Assert.Equal(0, a.Volume));
        var state = Market.Value.AfterHours("900010", At(Monday, 18, 30))!;
        Assert.Equal((10_800m, 8_000L, 10_600m * 3_000 + 10_800m * 5_000), (state.Last!.Value, state.Volume, state.TradingValue));
    }

    [Fact]
    public void ScriptedTicks_AreThePrintsToTheSecond()
    {
        var trades = Market.Value.Trades("900010", At(Tuesday, 8, 0), At(Tuesday, 9, 5));
        Assert.Equal(
            [
                new SimTrade(At(Tuesday, 9, 0, 0), 10_900m, 8_000, SimSide.Auction),
                new SimTrade(At(Tuesday, 9, 0, 5), 10_950m, 120, SimSide.Buy),
                new SimTrade(At(Tuesday, 9, 0, 41), 10_900m, 80, SimSide.Sell),
                new SimTrade(At(Tuesday, 9, 1, 10), 11_000m, 300, SimSide.Buy),
            ],
            trades);
        var bars = Market.Value.MinuteBars("900010", At(Tuesday, 9, 1, 30));
        Assert.Equal((10_900m, 10_950m, 10_900m, 10_900m, 8_200L), (bars[0].Open, bars[0].High, bars[0].Low, bars[0].Close, bars[0].Volume));
        Assert.Equal((11_000m, 300L), (bars[1].Close, bars[1].Volume));
        Assert.Equal(10_500m, Market.Value.Basis("900010", Tuesday)!.BasePrice);
    }

    [Fact]
    public void ScenarioCalendar_AddsTheHolidayAndTheSpecialDay()
    {
        Assert.False(Market.Value.Session(new DateOnly(2026, 11, 25)).IsTradingDay);
        var special = Market.Value.Session(new DateOnly(2026, 11, 26));
        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(16, 30), "특별 일정"), (special.Open, special.Close, special.Note));
        Assert.Equal(new DateOnly(2026, 11, 26), Market.Value.NextTradingDay(Tuesday));
    }

    [Fact]
    public void Faults_AreParsedAndExposed()
    {
        var fault = Assert.Single(((ISimScenarioControl)Market.Value).Faults);
        Assert.Equal("http500", fault.GetProperty("kind").GetString());
    }

    [Fact]
    public void ReplaceUniverse_KeepsOnlyTheScriptedSymbols()
    {
        var market = new SimMarket(new SimMarketOptions { KospiListings = 60, KosdaqListings = 60 });
        market.LoadJson("""
            { "replaceUniverse": true, "symbols": [
              { "code": "900020", "name": "단독종목", "market": "KOSPI", "price": 5000, "listedShares": 1000000 } ] }
            """);
        var listing = Assert.Single(market.Listings);
        Assert.Equal(("900020", "단독종목"), (listing.Code, listing.Name));
        var q = market.Quote("900020", At(Monday, 18, 30))!;
        var index = market.Index("0001", At(Monday, 18, 30))!;
        // The only constituent: KOSPI moves exactly with it (base level 2,650 at its 5,000 anchor).
        Assert.Equal(Math.Round(2_650m * q.Price / 5_000m, 2), index.Value);
        Assert.Equal(1L, market.Generation);
    }

    [Fact]
    public void LoadingAScenario_ReplacesTheMarketAndBumpsTheGeneration()
    {
        var market = new SimMarket(new SimMarketOptions { KospiListings = 60, KosdaqListings = 60 });
        Assert.Null(market.Listing("900010"));
        market.LoadJson(ScenarioSamples.Example);
        Assert.NotNull(market.Listing("900010"));
        market.Load(null);
        Assert.Null(market.Listing("900010"));
        Assert.Equal(2L, market.Generation);
    }
}
