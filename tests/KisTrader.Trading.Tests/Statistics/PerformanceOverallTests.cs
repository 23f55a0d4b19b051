using KisTrader.Trading.Exits;
using KisTrader.Trading.Statistics;
using static KisTrader.Trading.Tests.StatisticsTests.StatisticsTestData;

namespace KisTrader.Trading.Tests.StatisticsTests;

/// <summary>The overall summary of the four-session example in <see cref="StatisticsTestData"/>, by hand.</summary>
public sealed class PerformanceOverallTests
{
    private static readonly PerformanceSummary Overall = PerformanceCalculator.Default.Calculate(StatisticsTestData.Sessions, Trades).Overall;

    [Fact]
    public void Counts()
    {
        Assert.Equal((PeriodKind.Overall, "overall", D("2026-11-16"), D("2026-12-01")), (Overall.Kind, Overall.Label, Overall.From!.Value, Overall.To!.Value));
        Assert.Equal((4, 4, 2, 2), (Overall.Sessions, Overall.Trades, Overall.Wins, Overall.Losses));
        Assert.Equal(0.5m, Overall.WinRate); // 2 ÷ 4
    }

    [Fact]
    public void Returns_AverageAndMedian()
    {
        // (0.05 − 0.02 − 0.03 + 0.06) ÷ 4 = 0.015; sorted −0.03, −0.02, 0.05, 0.06 → (−0.02 + 0.05) ÷ 2 = 0.015.
        Assert.Equal(0.015m, Overall.AverageNetReturn);
        Assert.Equal(0.015m, Overall.MedianNetReturn);
    }

    [Fact]
    public void Money_TotalsAndProfitFactor()
    {
        // 100,000 − 40,000 − 150,000 + 120,000 = 30,000; profit 220,000; loss 190,000; PF 22 ÷ 19.
        Assert.Equal((30_000m, 220_000m, 190_000m), (Overall.TotalNetPnL, Overall.GrossProfit, Overall.GrossLoss));
        Assert.Equal(220_000m / 190_000m, Overall.ProfitFactor);
    }

    [Fact]
    public void CumulativeReturn_IsTheSumOfDailyReturns() =>
        Assert.Equal(0.003m, Overall.CumulativeReturn); // 0.006 − 0.015 + 0 + 0.012

    [Fact]
    public void MaxDrawdown_FromThePeakOfTheEquityCurve()
    {
        // Cumulative P&L: 0 → 60,000 (peak) → −90,000 → −90,000 → 30,000: drawdown 150,000.
        // Equity index: 1 → 1.006 (peak) → 0.991 → 0.991 → 1.003: (1.006 − 0.991) ÷ 1.006.
        Assert.Equal(150_000m, Overall.MaxDrawdown);
        Assert.Equal(0.015m / 1.006m, Overall.MaxDrawdownRate);
    }

    [Fact]
    public void SharpeRatio_AnnualisedFromDailyReturns()
    {
        // r = 0.006, −0.015, 0, 0.012; mean = 0.003 ÷ 4 = 0.00075.
        // deviations 0.00525, −0.01575, −0.00075, 0.01125 → squares sum 0.00040275 → sample variance ÷ 3 = 0.00013425.
        // Sharpe = 0.00075 ÷ √0.00013425 × √252 = √(0.00075² × 252 ÷ 0.00013425) = √1.05586592… = 1.02755336… → 1.0276.
        Assert.Equal(1.0276m, Overall.SharpeRatio);
    }

    [Fact]
    public void ExitReasonMix_ByTradesAndShares()
    {
        // Sold 400 shares: partial 50 (A), forced 50 (A), stop loss 100 (B) + 80 (C, two fills), take profit 120 (D).
        var mix = Overall.ExitReasons.ToDictionary(e => e.Reason);

        Assert.Equal(Enum.GetValues<ExitReason>(), Overall.ExitReasons.Select(e => e.Reason));
        Assert.Equal(new ExitReasonShare(ExitReason.TakeProfit, 1, 120, 0.3m), mix[ExitReason.TakeProfit]);
        Assert.Equal(new ExitReasonShare(ExitReason.PartialTakeProfit, 1, 50, 0.125m), mix[ExitReason.PartialTakeProfit]);
        Assert.Equal(new ExitReasonShare(ExitReason.StopLoss, 2, 180, 0.45m), mix[ExitReason.StopLoss]);
        Assert.Equal(new ExitReasonShare(ExitReason.FlatRangeExit, 0, 0, 0m), mix[ExitReason.FlatRangeExit]);
        Assert.Equal(new ExitReasonShare(ExitReason.ForcedExit, 1, 50, 0.125m), mix[ExitReason.ForcedExit]);
        Assert.Equal(new ExitReasonShare(ExitReason.Manual, 0, 0, 0m), mix[ExitReason.Manual]);
    }

    [Fact]
    public void ConditionPassRates_SumOverSessions()
    {
        // C1: (20 + 20 + 30) ÷ (100 + 80 + 120) = 70 ÷ 300; C2: (50 + 30) ÷ (100 + 80) = 80 ÷ 180.
        Assert.Equal(
            [new ConditionPassRate("C1", 300, 70, 70m / 300m), new ConditionPassRate("C2", 180, 80, 80m / 180m)],
            Overall.ConditionPassRates);
    }

    [Fact]
    public void AdjustmentLevels_CountSessionsWithALevel()
    {
        // Base twice, Relax1 once; the fourth session recorded none.
        Assert.Equal([new AdjustmentLevelUsage("Base", 2, 2m / 3m), new AdjustmentLevelUsage("Relax1", 1, 1m / 3m)], Overall.AdjustmentLevels);
    }

    [Fact]
    public void Checkpoints_HitRatesPerCheckpoint()
    {
        // 16:00: hits 1 + 0 of 5 + 5 → 0.1, sessions with a hit 1 of 2; 16:30: 0 + 2 of 10 → 0.2, 1 of 2; 17:00: 1 of 4, 1 of 1.
        Assert.Equal(
            [
                new CheckpointHitRate(new TimeOnly(16, 0), 2, 1, 10, 1, 0.1m, 0.5m),
                new CheckpointHitRate(new TimeOnly(16, 30), 2, 1, 10, 2, 0.2m, 0.5m),
                new CheckpointHitRate(new TimeOnly(17, 0), 1, 1, 4, 1, 0.25m, 1m),
            ],
            Overall.Checkpoints);
    }

    [Fact]
    public void NextDayReturns_SelectedVersusUnselected()
    {
        // Selected: (0.02 + 0.04 − 0.03) ÷ 3 = 0.01; unselected: (−0.01 + 0.01 + 0) ÷ 3 = 0.
        Assert.Equal(new PasserComparison(3, 0.01m, 3, 0m), Overall.NextDayReturns);
        Assert.Equal(0.01m, Overall.NextDayReturns.Difference);
    }
}
