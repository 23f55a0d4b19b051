using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>Per day, ISO week and month summaries of the four-session example.</summary>
public sealed class PerformancePeriodTests
{
    private static readonly PerformanceReport Report = PerformanceCalculator.Default.Calculate(StatisticsTestData.Sessions, Trades);

    [Fact]
    public void Days_OnePerSessionInDateOrder()
    {
        Assert.Equal(["2026-11-16", "2026-11-17", "2026-11-23", "2026-12-01"], Report.Days.Select(d => d.Label));
        Assert.All(Report.Days, d => Assert.Equal((PeriodKind.Day, 1), (d.Kind, d.Sessions)));
        Assert.All(Report.Days, d => Assert.Equal(d.From, d.To));
    }

    [Fact]
    public void Day1_AWinAndALoss()
    {
        var d = Report.Days[0];

        Assert.Equal((2, 1, 1, 0.5m), (d.Trades, d.Wins, d.Losses, d.WinRate));
        Assert.Equal((0.015m, 0.015m), (d.AverageNetReturn, d.MedianNetReturn)); // (0.05 − 0.02) ÷ 2
        Assert.Equal((60_000m, 0.006m), (d.TotalNetPnL, d.CumulativeReturn));
        Assert.Equal((0m, 0m), (d.MaxDrawdown, d.MaxDrawdownRate));            // only up from 0
        Assert.Equal(2.5m, d.ProfitFactor);                                     // 100,000 ÷ 40,000
        Assert.Null(d.SharpeRatio);                                             // one day: no deviation
    }

    [Fact]
    public void Day2_OnlyALoss()
    {
        var d = Report.Days[1];

        Assert.Equal((1, 0, 1, 0m), (d.Trades, d.Wins, d.Losses, d.WinRate));
        Assert.Equal((-150_000m, -0.015m), (d.TotalNetPnL, d.CumulativeReturn));
        Assert.Equal(150_000m, d.MaxDrawdown);      // from the start (0) to −150,000
        Assert.Equal(0.015m, d.MaxDrawdownRate);    // (1 − 0.985) ÷ 1
        Assert.Equal(0m, d.ProfitFactor);           // 0 ÷ 150,000
    }

    [Fact]
    public void Day3_NoTrades()
    {
        var d = Report.Days[2];

        Assert.Equal((0, 0, 0), (d.Trades, d.Wins, d.Losses));
        Assert.Null(d.WinRate);
        Assert.Null(d.AverageNetReturn);
        Assert.Null(d.MedianNetReturn);
        Assert.Null(d.ProfitFactor);
        Assert.Equal((0m, 0m, 0m, 0m), (d.TotalNetPnL, d.CumulativeReturn!.Value, d.MaxDrawdown, d.MaxDrawdownRate!.Value));
        Assert.NotEmpty(d.ExitReasons);
        Assert.All(d.ExitReasons, e => Assert.Equal((0, 0L, (decimal?)null), (e.Trades, e.Quantity, e.QuantityShare)));
        Assert.Equal([new ConditionPassRate("C1", 120, 30, 0.25m)], d.ConditionPassRates);
    }

    [Fact]
    public void Weeks_IsoWeeksWithMondayToSundayBounds()
    {
        Assert.Equal(["2026-W47", "2026-W48", "2026-W49"], Report.Weeks.Select(w => w.Label));
        Assert.Equal([D("2026-11-16"), D("2026-11-23"), D("2026-11-30")], Report.Weeks.Select(w => w.From!.Value));
        Assert.Equal([D("2026-11-22"), D("2026-11-29"), D("2026-12-06")], Report.Weeks.Select(w => w.To!.Value));
        Assert.Equal([2, 1, 1], Report.Weeks.Select(w => w.Sessions));
    }

    [Fact]
    public void Week47_TwoSessions()
    {
        var w = Report.Weeks[0];

        Assert.Equal((3, 1, 2), (w.Trades, w.Wins, w.Losses));
        Assert.Equal((-90_000m, -0.009m), (w.TotalNetPnL, w.CumulativeReturn));   // 60,000 − 150,000; 0.006 − 0.015
        Assert.Equal(150_000m, w.MaxDrawdown);
        Assert.Equal(0.015m / 1.006m, w.MaxDrawdownRate);
        Assert.Equal(100_000m / 190_000m, w.ProfitFactor);

        // r = 0.006, −0.015: mean −0.0045; sample variance (0.0105² × 2) ÷ 1 = 0.0002205;
        // Sharpe = −√(0.0045² × 252 ÷ 0.0002205) = −√23.142857… = −4.81070235… → −4.8107.
        Assert.Equal(-4.8107m, w.SharpeRatio);
        Assert.Equal(0m, w.AverageNetReturn);  // (0.05 − 0.02 − 0.03) ÷ 3
        Assert.Equal(-0.02m, w.MedianNetReturn); // sorted −0.03, −0.02, 0.05
    }

    [Fact]
    public void Months_CalendarMonths()
    {
        Assert.Equal(["2026-11", "2026-12"], Report.Months.Select(m => m.Label));
        Assert.Equal((D("2026-11-01"), D("2026-11-30")), (Report.Months[0].From!.Value, Report.Months[0].To!.Value));
        Assert.Equal((D("2026-12-01"), D("2026-12-31")), (Report.Months[1].From!.Value, Report.Months[1].To!.Value));
        Assert.Equal((3, 3, -90_000m), (Report.Months[0].Sessions, Report.Months[0].Trades, Report.Months[0].TotalNetPnL));
        Assert.Equal((1, 1, 120_000m, 0.012m), (Report.Months[1].Sessions, Report.Months[1].Trades, Report.Months[1].TotalNetPnL, Report.Months[1].CumulativeReturn));
    }

    [Fact]
    public void Month_November_SharpeOverThreeSessions()
    {
        // r = 0.006, −0.015, 0: mean −0.003; deviations 0.009, −0.012, 0.003 → squares 0.000234 → ÷ 2 = 0.000117;
        // Sharpe = −√(0.003² × 252 ÷ 0.000117) = −√19.3846153… = −4.40279631… → −4.4028.
        Assert.Equal(-4.4028m, Report.Months[0].SharpeRatio);
    }

    [Fact]
    public void Week_AcrossTheYearBoundary_UsesTheIsoYear()
    {
        // 2026-12-31 is closed; 2027-01-01 too. Sessions on Mon 2026-12-28 and Mon 2027-01-04: ISO 2026-W53 and 2027-W01.
        var report = PerformanceCalculator.Default.Calculate([Session("2026-12-28"), Session("2027-01-04")], []);

        Assert.Equal(["2026-W53", "2027-W01"], report.Weeks.Select(w => w.Label));
        Assert.Equal(D("2027-01-03"), report.Weeks[0].To);
    }
}
