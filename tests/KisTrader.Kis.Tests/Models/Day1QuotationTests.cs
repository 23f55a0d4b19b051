using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Models.Infrastructure;

namespace KisTrader.Kis.Tests.Models;

/// <summary>
/// Quotation replies of the scripted day 2026-11-23 at 14:30, fetched raw from the simulator and parsed. Expected values
/// come from <see cref="Scenario"/>: base price = the pinned 11-20 close 10,050; open = opening auction 10,050;
/// high/low/close from the two bars; volume = auction 5,000 + bar volumes 5,000 + 120,000.
/// </summary>
public sealed class Day1QuotationTests(Day1Session sim) : IClassFixture<Day1Session>
{
    [Fact]
    public async Task InquirePrice_ScriptedSymbol_ParsesEveryScriptedFact()
    {
        var reply = await sim.GetAsync(KisEndpoints.InquirePrice, new SymbolQuery(Scenario.Symbol).ToQuery());

        var quote = StockQuote.Parse(reply["output"]);

        Assert.Equal(Scenario.Symbol, quote.Symbol);
        Assert.Equal(10_450m, quote.Price);
        Assert.Equal(400m, quote.Change);
        Assert.Equal(PriceSign.Up, quote.Sign);
        Assert.Equal(3.98m, quote.ChangeRate);
        Assert.Equal(10_050m, quote.Open);
        Assert.Equal(10_500m, quote.High);
        Assert.Equal(10_000m, quote.Low);
        Assert.Equal(10_050m, quote.BasePrice);
        Assert.Equal(130_000L, quote.Volume);
        Assert.Equal(30.95m, quote.VolumeRateVsPreviousDay); // 130,000 / 420,000
        // ±30% of 10,050 on the 10-won grid, rounded toward the base price.
        Assert.Equal(13_060m, quote.UpperLimit);
        Assert.Equal(7_040m, quote.LowerLimit);
        Assert.Equal(10m, quote.TickSize);
        Assert.Equal(Scenario.ListedShares, quote.ListedShares);
        Assert.Equal(2_090m, quote.MarketCapEok); // 10,450 × 20,000,000 / 10^8
        Assert.Equal("KOSDAQ", quote.MarketName);
        Assert.Equal("반도체", quote.SectorName);
        Assert.Equal(MarketWarning.None, quote.Warning);
        Assert.False(quote.Administrative);
        Assert.False(quote.TemporarilyStopped);
        AllOptionalFields.AreSet(quote);
    }

    [Fact]
    public async Task InquireCcnl_ScriptedDay_PrintsAddUpToThePriceReply()
    {
        var query = new SymbolQuery(Scenario.Symbol).ToQuery();
        var quote = StockQuote.Parse((await sim.GetAsync(KisEndpoints.InquirePrice, query))["output"]);

        var prints = StockExecution.ParseRows((await sim.GetAsync(KisEndpoints.InquireCcnl, query))["output"]);

        // Fewer than 30 prints that day, so the list is the whole day: it must add up to the quote's totals.
        Assert.InRange(prints.Count, 2, 29);
        Assert.Equal(quote.Volume, prints.Sum(p => p.Volume));
        Assert.Equal(quote.TradingValue, prints.Sum(p => p.Volume * p.Price));
        Assert.Equal(10_450m, prints[0].Price); // the newest print is the close of the 14:00 bar
        Assert.Equal(new TimeOnly(14, 0), new TimeOnly(prints[0].Time.Hour, prints[0].Time.Minute));
        Assert.Equal(new TimeOnly(9, 0), prints[^1].Time); // the opening auction
        Assert.Equal(5_000L, prints[^1].Volume);
        // 체결강도 at the last print: buy-initiated 3,000 + 90,000 over sell-initiated 2,000 + 30,000.
        Assert.Equal(290.63m, prints[0].Strength);
        Assert.NotEmpty(prints);
        Assert.All(prints, p => Assert.Equal(p.Price - 10_050m, p.Change));
    }

    [Fact]
    public async Task DailyItemChart_PinnedDays_ComeBackExactly()
    {
        var request = new DailyChartRequest(Scenario.Symbol, new DateOnly(2026, 11, 19), Scenario.Day1);

        var reply = await sim.GetAsync(KisEndpoints.DailyItemChart, request.ToQuery());
        var summary = DailyChartSummary.Parse(reply["output1"]);
        var bars = DailyBar.ParseRows(reply["output2"]);

        Assert.Equal(Scenario.Name, summary.Name);
        Assert.Equal(Scenario.Symbol, summary.Symbol);
        Assert.Equal(10_450m, summary.Price);
        Assert.Equal(10_050m, summary.PreviousClose);
        Assert.Equal(420_000L, summary.PreviousVolume);
        Assert.Equal(130_000L, summary.Volume);
        AllOptionalFields.AreSet(summary);
        Assert.NotEmpty(bars);
        Assert.All(bars, b => AllOptionalFields.AreSet(b, nameof(b.RevaluationReason))); // revl_issu_reas is blank on ordinary days
        Assert.Equal([Scenario.Day1, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 19)], bars.Select(b => b.Date));
        var pinned = bars[1];
        Assert.Equal((10_000m, 10_100m, 9_950m, 10_050m, 420_000L), (pinned.Open, pinned.High, pinned.Low, pinned.Close, pinned.Volume));
        Assert.Equal(50m, pinned.Change);
        Assert.Equal(PriceSign.Up, pinned.Sign);
        Assert.Equal((9_900m, 10_050m, 9_850m, 10_000m, 400_000L), (bars[2].Open, bars[2].High, bars[2].Low, bars[2].Close, bars[2].Volume));
        var today = bars[0];
        Assert.Equal((10_050m, 10_500m, 10_000m, 10_450m, 130_000L), (today.Open, today.High, today.Low, today.Close, today.Volume));
        Assert.Equal(summary.TradingValue, today.TradingValue);
        Assert.Equal(400m, today.Change);
    }

    [Fact]
    public async Task DailyItemChart_Weekly_GroupsTheWeek()
    {
        var request = new DailyChartRequest(Scenario.Symbol, new DateOnly(2026, 11, 16), Scenario.Day1, ChartPeriod.Week);

        var bars = DailyBar.ParseRows((await sim.GetAsync(KisEndpoints.DailyItemChart, request.ToQuery()))["output2"]);

        Assert.Equal(2, bars.Count);
        Assert.Equal(Scenario.Day1, bars[0].Date); // this week so far: Monday only
        Assert.Equal(new DateOnly(2026, 11, 20), bars[1].Date); // last week ends on Friday's pinned close
        Assert.Equal(10_050m, bars[1].Close);
    }

    [Fact]
    public async Task TimeItemChart_ScriptedBars_ReturnExactly()
    {
        var afternoon = await sim.GetAsync(KisEndpoints.TimeItemChart, new MinuteChartRequest(Scenario.Symbol, new TimeOnly(14, 5)).ToQuery());
        var summary = MinuteChartSummary.Parse(afternoon["output1"]);
        var bars = MinuteBar.ParseRows(afternoon["output2"]);

        Assert.Equal(30, bars.Count);
        Assert.Equal(new TimeOnly(14, 5), bars[0].Time); // newest first, at or before the asked minute
        Assert.All(bars, b => Assert.Equal(Scenario.Day1, b.Date));
        var bar = Assert.Single(bars, b => b.Time == new TimeOnly(14, 0));
        Assert.Equal((10_080m, 10_500m, 10_080m, 10_450m, 120_000L), (bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
        Assert.Equal(Scenario.Kst(Scenario.Day1, 14, 0), bar.Start);
        Assert.Equal(0L, bars[0].Volume); // no trades after 14:00
        Assert.Equal(summary.TradingValue, bars[0].CumulativeTradingValue);
        Assert.Equal(Scenario.Name, summary.Name);
        Assert.Equal(10_050m, summary.PreviousClose);

        var morning = MinuteBar.ParseRows((await sim.GetAsync(KisEndpoints.TimeItemChart, new MinuteChartRequest(Scenario.Symbol, new TimeOnly(9, 10)).ToQuery()))["output2"]);
        var first = Assert.Single(morning, b => b.Time == new TimeOnly(9, 0));
        Assert.Equal((10_050m, 10_100m, 10_000m, 10_080m), (first.Open, first.High, first.Low, first.Close));
        Assert.Equal(10_000L, first.Volume); // the opening auction's 5,000 prints in the 09:00 minute with the bar's 5,000
    }

    [Fact]
    public async Task IndexPriceAndChart_AgreeWithEachOther()
    {
        var quote = IndexQuote.Parse((await sim.GetAsync(KisEndpoints.IndexPrice, new IndexQuery(IndexQuery.Kospi).ToQuery()))["output"]);
        var chart = await sim.GetAsync(KisEndpoints.DailyIndexChart, new IndexChartRequest(IndexQuery.Kospi, new DateOnly(2026, 11, 1), Scenario.Day1).ToQuery());
        var summary = IndexChartSummary.Parse(chart["output1"]);
        var bars = IndexDailyBar.ParseRows(chart["output2"]);

        Assert.Equal(IndexQuery.Kospi, summary.IndexCode);
        Assert.Equal(quote.Value, summary.Value);
        Assert.Equal(quote.Change, summary.Change);
        Assert.Equal(quote.Volume, summary.Volume);
        Assert.Equal(quote.TradingValue, summary.TradingValue);
        Assert.Equal(quote.Value - quote.Change, summary.PreviousClose);
        Assert.Equal(Scenario.Day1, bars[0].Date);
        Assert.Equal(quote.Value, bars[0].Close);
        Assert.Equal(summary.PreviousClose, bars[1].Close);
        Assert.True(bars.Zip(bars.Skip(1)).All(p => p.First.Date > p.Second.Date), "index bars must be newest first");
        Assert.InRange(quote.Value, quote.Low, quote.High);
        Assert.True(quote.Advancers + quote.Unchanged + quote.Decliners > 0);
        AllOptionalFields.AreSet(quote);
        AllOptionalFields.AreSet(summary);
        Assert.NotEmpty(bars);
        Assert.All(bars, b => AllOptionalFields.AreSet(b));
    }

    [Fact]
    public async Task VolumeRank_RowsAgreeWithInquirePrice()
    {
        var rows = VolumeRankRow.ParseRows((await sim.GetAsync(KisEndpoints.VolumeRank, new VolumeRankRequest().ToQuery()))["output"]);

        Assert.Equal(30, rows.Count);
        Assert.Equal(Enumerable.Range(1, 30), rows.Select(r => r.Rank));
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Volume >= p.Second.Volume), "ranked by volume");
        Assert.All(rows, r => AllOptionalFields.AreSet(r));
        foreach (var row in rows.Take(3))
        {
            var quote = StockQuote.Parse((await sim.GetAsync(KisEndpoints.InquirePrice, new SymbolQuery(row.Symbol).ToQuery()))["output"]);
            Assert.Equal((quote.Price, quote.Volume, quote.Change, quote.TradingValue), (row.Price, row.Volume, row.Change, row.TradingValue));
        }
    }

    [Fact]
    public async Task ChkHoliday_ScenarioClosureAndWeekends_PagesWithContext()
    {
        var first = await sim.GetAsync(KisEndpoints.ChkHoliday, new HolidayRequest(Scenario.Day1).ToQuery());
        var days = MarketDay.ParseRows(first["output"]);

        Assert.Equal(Scenario.Day1, days[0].Date);
        Assert.Equal(Enumerable.Range(0, days.Count).Select(k => Scenario.Day1.AddDays(k)), days.Select(d => d.Date));
        Assert.True(days[0].IsOpen);
        Assert.Equal("02", days[0].WeekdayCode); // Monday
        var holiday = Assert.Single(days, d => d.Date == Scenario.Holiday);
        Assert.False(holiday.IsOpen);
        Assert.Contains(days, d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.All(days.Where(d => d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), d => Assert.False(d.IsOpen || d.IsBusinessDay));
        Assert.Equal(new DateOnly(2026, 11, 26), days.First(d => d.Date > Scenario.Holiday && d.IsOpen).Date);

        Assert.Equal("M", first.TrCont);
        var next = await sim.GetAsync(KisEndpoints.ChkHoliday, new HolidayRequest(Scenario.Day1).ToQuery(first.Text("ctx_area_fk"), first.Text("ctx_area_nk")), "N");
        var more = MarketDay.ParseRows(next["output"]);
        Assert.Equal(days[^1].Date.AddDays(1), more[0].Date);
    }
}
