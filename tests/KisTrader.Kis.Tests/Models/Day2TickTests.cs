using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>
/// The tick-scripted day 2026-11-24 at 09:30: opening auction 10,900 × 8,000, then 10,950 × 120 (buy) at 09:00:05,
/// 10,900 × 80 (sell) at 09:00:41 and 11,000 × 300 (buy) at 09:01:10. Base price = the 11-23 closing auction 10,500.
/// </summary>
public sealed class Day2TickTests(Day2Session sim) : IClassFixture<Day2Session>
{
    private const decimal TradingValue = (10_900m * 8_000) + (10_950m * 120) + (10_900m * 80) + (11_000m * 300);

    [Fact]
    public async Task InquirePrice_AfterTicks_ExactTotals()
    {
        var quote = StockQuote.Parse((await sim.GetAsync(KisEndpoints.InquirePrice, new SymbolQuery(Scenario.Symbol).ToQuery()))["output"]);

        Assert.Equal(11_000m, quote.Price);
        Assert.Equal(10_500m, quote.BasePrice);
        Assert.Equal(500m, quote.Change);
        Assert.Equal(4.76m, quote.ChangeRate);
        Assert.Equal((10_900m, 11_000m, 10_900m), (quote.Open, quote.High, quote.Low));
        Assert.Equal(8_500L, quote.Volume);
        Assert.Equal(TradingValue, quote.TradingValue);
        Assert.Equal(decimal.Round(TradingValue / 8_500m, 2), quote.Vwap);
        Assert.Equal((13_650m, 7_350m), (quote.UpperLimit, quote.LowerLimit));
    }

    [Fact]
    public async Task InquireCcnl_Ticks_ExactRowsNewestFirst()
    {
        var prints = StockExecution.ParseRows((await sim.GetAsync(KisEndpoints.InquireCcnl, new SymbolQuery(Scenario.Symbol).ToQuery()))["output"]);

        Assert.Equal(
            [(new TimeOnly(9, 1, 10), 11_000m, 300L), (new TimeOnly(9, 0, 41), 10_900m, 80L), (new TimeOnly(9, 0, 5), 10_950m, 120L), (new TimeOnly(9, 0), 10_900m, 8_000L)],
            prints.Select(p => (p.Time, p.Price, p.Volume)));
        Assert.Equal([500m, 400m, 450m, 400m], prints.Select(p => p.Change));
        Assert.Equal([4.76m, 3.81m, 4.29m, 3.81m], prints.Select(p => p.ChangeRate));
        // 체결강도: 420 bought / 80 sold after the last tick; 120 / 80 after the sell; undefined (0) before any sell.
        Assert.Equal([525.00m, 150.00m, 0m, 0m], prints.Select(p => p.Strength));
        Assert.All(prints, p => Assert.Equal(PriceSign.Up, p.Sign));
    }

    [Fact]
    public async Task TimeItemChart_Ticks_AggregateIntoMinutes()
    {
        var bars = MinuteBar.ParseRows((await sim.GetAsync(KisEndpoints.TimeItemChart, new MinuteChartRequest(Scenario.Symbol, new TimeOnly(9, 5)).ToQuery()))["output2"]);

        Assert.Equal(Enumerable.Range(0, 6).Select(k => new TimeOnly(9, 5 - k)), bars.Select(b => b.Time));
        var nine = bars[^1];
        Assert.Equal((10_900m, 10_950m, 10_900m, 10_900m, 8_200L), (nine.Open, nine.High, nine.Low, nine.Close, nine.Volume));
        var nineOne = bars[^2];
        Assert.Equal((11_000m, 11_000m, 11_000m, 11_000m, 300L), (nineOne.Open, nineOne.High, nineOne.Low, nineOne.Close, nineOne.Volume));
        Assert.Equal(TradingValue, nineOne.CumulativeTradingValue);
        Assert.NotEmpty(bars.Take(4));
        Assert.All(bars.Take(4), b => Assert.Equal((0L, 11_000m), (b.Volume, b.Close)));
    }
}
