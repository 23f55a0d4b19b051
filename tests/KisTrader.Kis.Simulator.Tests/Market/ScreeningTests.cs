using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>
/// The default market must give the strategy's screen (strategy.md §1–§2) realistic outcomes. This test has its own small
/// implementation of the universe filters and the six base conditions (the simulator never references the trading core).
/// </summary>
public sealed class ScreeningTests
{
    private const int Days = 60;

    [Fact]
    public void BaseScreen_PassesAHandfulMostDays_FewOnSomeDays_ManyOnOthers()
    {
        var market = TestMarkets.Default;
        var model = market.Model;
        var last = model.Calendar.IndexOf(TestMarkets.Monday);
        var counts = new List<int>();
        for (var d = last - Days + 1; d <= last; d++)
        {
            counts.Add(Passers(market, d));
        }

        var handful = counts.Count(c => c is >= 3 and <= 19);
        var few = counts.Count(c => c <= 2);
        var many = counts.Count(c => c >= 20);
        var summary = string.Join(",", counts);
        Assert.True(handful >= Days / 2, $"3–19 passers on {handful}/{Days} days: {summary}");
        Assert.True(few is >= 2 and <= Days * 3 / 10, $"0–2 passers on {few} days: {summary}");
        Assert.True(many is >= 2 and <= Days * 3 / 10, $"20+ passers on {many} days: {summary}");
    }

    private static int Passers(SimMarket market, int d)
    {
        var model = market.Model;
        var date = model.Calendar.DayAt(d);
        var s = market.Session(date);
        var close = s.At(s.Close);
        var before14 = s.At(new TimeOnly(14, 0)).AddTicks(-1);
        var kospiReturn = (model.IndexClose(0, d) / model.IndexClose(0, d - 1)) - 1;
        var kosdaqReturn = (model.IndexClose(1, d) / model.IndexClose(1, d - 1)) - 1;
        var passers = 0;
        foreach (var m in model.Models)
        {
            var l = m.Listing;
            var row = model.Daily.Row(m.Index, d);
            // Universe: no SPAC/REIT/preferred/ETF/ETN, not halted or administrative; cap 1,000억–10조; close 1,000–500,000.
            if (l.Kind != SimListingKind.Stock || l.Halted || l.Administrative)
            {
                continue;
            }

            var cap = (double)row.Close * l.ListedShares;
            if (cap is < 1e11 or > 1e13 || row.Close is < 1_000 or > 500_000 || (double)row.Close * row.Volume < 0.8e10)
            {
                continue;
            }

            var q = market.Quote(l.Code, close)!;
            if (q.TradingValue < 10_000_000_000m)
            {
                continue;
            }

            double mean = 0;
            for (var k = 1; k <= 20; k++)
            {
                mean += model.Daily.Row(m.Index, d - k).TotalVolume;
            }

            mean /= 20;
            var at14 = market.Quote(l.Code, before14)!;
            var dayReturn = (q.Price / q.Basis.BasePrice) - 1;
            var c1 = q.Volume / (decimal)mean >= 2.0m;
            var c2 = (q.Price - at14.Price) / at14.Price >= 0.01m;
            var c3 = (q.Volume - at14.Volume) / (decimal)q.Volume >= 0.15m;
            var c4 = q.Strength >= 110m;
            var c5 = dayReturn - (decimal)(l.Market == SimMarketId.Kospi ? kospiReturn : kosdaqReturn) >= 0.015m;
            var c6 = q.Price / (q.TradingValue / q.Volume) >= 1.02m;
            passers += c1 && c2 && c3 && c4 && c5 && c6 ? 1 : 0;
        }

        return passers;
    }
}
