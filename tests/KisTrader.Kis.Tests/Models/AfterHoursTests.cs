using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>
/// 시간외 단일가 replies on 2026-11-23 at 17:00. From <see cref="Scenario"/>: the session's base price is the closing
/// auction 10,500 (band ±10%: 9,450–11,550); matches 10,600 × 3,000 at 16:10 and 10,800 × 5,000 at 16:30.
/// </summary>
public sealed class AfterHoursTests(AfterHoursSession sim) : IClassFixture<AfterHoursSession>
{
    private const decimal Value = (10_600m * 3_000) + (10_800m * 5_000);

    [Fact]
    public async Task OvertimePrice_TwoMatches_ExactState()
    {
        var quote = OvertimeQuote.Parse((await sim.GetAsync(KisEndpoints.OvertimePrice, new SymbolQuery(Scenario.Symbol).ToQuery()))["output"]);

        Assert.Equal(10_800m, quote.Price);
        Assert.Equal(10_500m, quote.BasePrice);
        Assert.Equal(300m, quote.Change);
        Assert.Equal(PriceSign.Up, quote.Sign);
        Assert.Equal(2.86m, quote.ChangeRate);
        Assert.Equal(8_000L, quote.Volume);
        Assert.Equal(Value, quote.TradingValue);
        Assert.Equal((10_600m, 10_800m, 10_600m), (quote.Open, quote.High, quote.Low));
        Assert.Equal((11_550m, 9_450m), (quote.UpperLimit, quote.LowerLimit));
        Assert.Equal("KOSDAQ", quote.MarketName);
        Assert.Equal(MarketWarning.None, quote.Warning);
        Assert.False(quote.Halted);
        AllOptionalFields.AreSet(quote, nameof(quote.ExpectedPrice), nameof(quote.ExpectedChange), nameof(quote.ExpectedChangeRate), nameof(quote.ExpectedVolume));
        if (quote.ExpectedPrice is { } expected)
        {
            Assert.InRange(expected, quote.LowerLimit, quote.UpperLimit);
            Assert.Equal(expected - quote.BasePrice, quote.ExpectedChange);
        }
    }

    [Fact]
    public async Task TimeOvertimeConclusion_Matches_NewestFirstWithRunningVolume()
    {
        var reply = await sim.GetAsync(KisEndpoints.TimeOvertimeConclusion, new OvertimeConclusionRequest(Scenario.Symbol).ToQuery());
        var summary = OvertimeSummary.Parse(reply["output1"]);
        var matches = OvertimeExecution.ParseRows(reply["output2"]);

        Assert.Equal((10_800m, 8_000L, Value), (summary.Price, summary.Volume, summary.TradingValue));
        Assert.Equal((11_550m, 9_450m), (summary.UpperLimit, summary.LowerLimit));
        Assert.Equal(
            [(new TimeOnly(16, 30), 10_800m, 5_000L, 8_000L, 300m), (new TimeOnly(16, 10), 10_600m, 3_000L, 3_000L, 100m)],
            matches.Select(m => (m.Time, m.Price, m.Volume, m.CumulativeVolume, m.Change)));
        Assert.NotEmpty(matches);
        Assert.All(matches, m => AllOptionalFields.AreSet(m));
    }

    [Fact]
    public async Task DailyOvertimePrice_Today_MatchesAndRegularClose()
    {
        var reply = await sim.GetAsync(KisEndpoints.DailyOvertimePrice, new SymbolQuery(Scenario.Symbol).ToQuery());
        var summary = OvertimeSummary.Parse(reply["output1"], KisEndpoints.DailyOvertimePrice.Name);
        var days = OvertimeDailyBar.ParseRows(reply["output2"]);

        Assert.Equal(10_800m, summary.Price);
        var today = days[0];
        Assert.Equal(Scenario.Day1, today.Date);
        Assert.Equal((10_800m, 8_000L, 10_500m), (today.Price, today.Volume, today.Close));
        Assert.Equal(300m, today.Change); // against the regular close
        Assert.Equal(450m, today.CloseChange); // 10,500 − the pinned 10,050
        Assert.True(today.Traded);
        var friday = Assert.Single(days, d => d.Date == new DateOnly(2026, 11, 20));
        Assert.Equal(10_050m, friday.Close);
        Assert.InRange(days.Count, 20, 30);
        Assert.All(days, d => AllOptionalFields.AreSet(d));
    }

    [Fact]
    public async Task OvertimeAskingPrice_Book_SortedInsideTheBand()
    {
        var book = OvertimeOrderBook.Parse((await sim.GetAsync(KisEndpoints.OvertimeAskingPrice, new SymbolQuery(Scenario.Symbol).ToQuery()))["output"]);

        Assert.NotEmpty(book.Asks);
        Assert.NotEmpty(book.Bids);
        Assert.InRange(book.Asks.Count, 1, 9); // the after-hours book has nine levels; the tenth is sent empty
        Assert.True(book.Asks.Zip(book.Asks.Skip(1)).All(p => p.First.Price < p.Second.Price), "asks ascend");
        Assert.True(book.Bids.Zip(book.Bids.Skip(1)).All(p => p.First.Price > p.Second.Price), "bids descend");
        Assert.True(book.Bids[0].Price < book.Asks[0].Price, "the book is not crossed after a match");
        Assert.NotEmpty(book.Asks.Concat(book.Bids));
        Assert.All(book.Asks.Concat(book.Bids), l => Assert.InRange(l.Price, 9_450m, 11_550m));
        Assert.All(book.Asks.Concat(book.Bids), l => Assert.True(l.Quantity > 0));
        Assert.Equal(book.Asks.Sum(l => l.Quantity), book.TotalAskQuantity);
        Assert.Equal(book.Bids.Sum(l => l.Quantity), book.TotalBidQuantity);
        Assert.Equal(new TimeOnly(16, 30), book.LastTime);
    }
}
