using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>
/// 250-day / year / 52-week ranges (inquire-price d250_*, stck_dryy_*, w52_*): finished days come from a cache, so they must
/// equal a plain fold over the daily chart's opens and closes (newest date kept on ties), for every window and instant.
/// </summary>
public sealed class PriceRangeTests
{
    private static (decimal High, DateOnly HighDate, decimal Low, DateOnly LowDate) Fold(SimMarket market, string code, DateOnly from, DateOnly to, DateTimeOffset at)
    {
        decimal? high = null, low = null;
        DateOnly highDate = default, lowDate = default;
        foreach (var bar in market.DailyBars(code, from, to, at))                         // newest first
        {
            foreach (var value in new[] { bar.Open, bar.Close })
            {
                if (high is null || value > high)
                {
                    (high, highDate) = (value, bar.Date);
                }

                if (low is null || value < low)
                {
                    (low, lowDate) = (value, bar.Date);
                }
            }
        }

        return (high!.Value, highDate, low!.Value, lowDate);
    }

    [Theory]
    [InlineData("2026-11-28T12:00:00+09:00", "2026-11-27")]     // Saturday: Friday is the last finished day
    [InlineData("2026-11-23T10:00:00+09:00", "2026-11-20")]     // Monday 10:00, window ending the previous trading day
    [InlineData("2026-11-24T08:00:00+09:00", "2026-11-23")]     // before the pre-open, window ending the day before
    public void FinishedDays_EqualAFoldOverTheDailyChart_AlsoWhenCached(string instant, string lastDay)
    {
        var market = TestMarkets.Small42;
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var listing in TestMarkets.Tradable(market).Take(20))
        {
            foreach (var from in new[] { to.AddDays(-365), new DateOnly(to.Year, 1, 1), to.AddDays(-364), to.AddDays(-30) })
            {
                var expected = Fold(market, listing.Code, from, to, at);

                var first = market.PriceRange(listing.Code, from, to, at)!;
                var cached = market.PriceRange(listing.Code, from, to, at)!;

                Assert.Equal(expected, (first.High, first.HighDate, first.Low, first.LowDate));
                Assert.Equal(first, cached);
            }
        }
    }

    [Fact]
    public void Today_IsTheSessionSoFarOnTopOfTheFinishedDays()
    {
        var market = TestMarkets.Small42;
        var listing = TestMarkets.Tradable(market).First();
        var monday = TestMarkets.Monday;
        var at = TestMarkets.At(monday, 11, 0);
        var quote = market.Quote(listing.Code, at)!;
        var history = Fold(market, listing.Code, monday.AddDays(-364), market.PreviousTradingDay(monday), at);

        var range = market.PriceRange(listing.Code, monday.AddDays(-364), monday, at)!;

        Assert.Equal(Math.Max(history.High, quote.High!.Value), range.High);
        Assert.Equal(Math.Min(history.Low, quote.Low!.Value), range.Low);
        Assert.Equal(quote.High >= history.High ? monday : history.HighDate, range.HighDate);
    }
}
