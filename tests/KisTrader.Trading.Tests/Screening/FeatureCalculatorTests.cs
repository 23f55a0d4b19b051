using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening.Features;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>The six features of strategy.md §2 computed from raw day inputs, with the P14 and late-session conventions.</summary>
public sealed class FeatureCalculatorTests
{
    private static readonly FeatureCalculator Calculator = new(new FeatureOptions());

    private static MinuteBar Bar(int hour, int minute, decimal close, long volume) =>
        new(new TimeOnly(hour, minute), close, close, close, close, volume);

    private static SymbolDayInput Day(IReadOnlyList<MinuteBar>? bars, decimal close = 10_300m, long dayVolume = 1_000_000) =>
        Stock("035720", Base) with { Close = close, DayVolume = dayVolume, MinuteBars = bars };

    // ---- C1 volume multiple -------------------------------------------------------------------------------------

    [Fact]
    public void C1_VolumeOverTwentyDayMean_Exact()
    {
        // Mean of 10 × 900,000 and 10 × 1,100,000 = 1,000,000; 2,345,678 ÷ 1,000,000 = 2.345678.
        long[] history = [.. Enumerable.Repeat(900_000L, 10), .. Enumerable.Repeat(1_100_000L, 10)];
        var input = Stock("000001", Base) with { DayVolume = 2_345_678, PreviousVolumes = history };

        Assert.Equal(2.345678m, Calculator.VolumeMultiple(input).Value);
    }

    [Fact]
    public void C1_LongerHistory_UsesOnlyTheLastTwentyDays()
    {
        // The oldest five days (huge) are outside the window; the last twenty average 500,000.
        long[] history = [.. Enumerable.Repeat(99_000_000L, 5), .. Enumerable.Repeat(500_000L, 20)];
        var input = Stock("000001", Base) with { DayVolume = 1_000_000, PreviousVolumes = history };

        Assert.Equal(2m, Calculator.VolumeMultiple(input).Value);
    }

    [Fact]
    public void C1_NineteenDaysOfHistory_NotComputable()
    {
        var input = Stock("000001", Base) with { PreviousVolumes = [.. Enumerable.Repeat(1_000_000L, 19)] };

        var c1 = Calculator.VolumeMultiple(input);

        Assert.Equal((FeatureState.NotComputable, FeatureIssue.InsufficientHistory), (c1.State, c1.Issue));
        Assert.Equal("only 19 of the 20 previous trading days are known", c1.Note);
    }

    [Fact]
    public void C1_NoHistoryVolume_NotComputable()
    {
        var input = Stock("000001", Base) with { PreviousVolumes = [.. Enumerable.Repeat(0L, 20)] };

        Assert.Equal(FeatureIssue.NoHistoryVolume, Calculator.VolumeMultiple(input).Issue);
    }

    [Fact]
    public void C1_HistoryNotFetched_Missing()
    {
        var c1 = Calculator.VolumeMultiple(Stock("000001", Base) with { PreviousVolumes = null });

        Assert.Equal((FeatureState.Missing, FeatureIssue.NotSupplied), (c1.State, c1.Issue));
    }

    // ---- C2 and P14 -----------------------------------------------------------------------------------------------

    [Fact]
    public void P14_LastTradedBarUpTo1359_IsTheReference()
    {
        // 13:59 bar (13:59:00–13:59:59) is the last bar ending at or before 14:00:00.
        var features = Calculator.Compute(Day([Bar(13, 58, 9_900m, 10), Bar(13, 59, 10_000m, 10), Bar(14, 0, 10_500m, 10)]));

        Assert.Equal(10_000m, features.PriceAtCutoff);
        Assert.Equal(0.03m, features.LateSessionReturn.Value); // (10,300 − 10,000) ÷ 10,000
    }

    [Fact]
    public void P14_TradeExactlyAt1400_LiesInThe1400BarAndIsLateSession()
    {
        // A trade at 14:00:00 is stamped in the 14:00 bar together with 14:00:01–14:00:59: it is not P14 at minute
        // resolution, and its volume is late-session volume for C3.
        var features = Calculator.Compute(Day([Bar(13, 59, 10_000m, 600_000), Bar(14, 0, 10_200m, 400_000)], dayVolume: 1_000_000));

        Assert.Equal(10_000m, features.PriceAtCutoff);
        Assert.Equal(0.4m, features.LateVolumeShare.Value);
    }

    [Fact]
    public void P14_NoTradeIn1359_FallsBackToTheLastTradedMinute()
    {
        var features = Calculator.Compute(Day([Bar(13, 30, 10_100m, 5), Bar(13, 58, 10_000m, 0), Bar(13, 59, 9_999m, 0), Bar(14, 1, 10_300m, 5)]));

        Assert.Equal(10_100m, features.PriceAtCutoff);
        Assert.Equal(0.0198019801980198019801980198m, features.LateSessionReturn.Value); // 200 ÷ 10,100
    }

    [Fact]
    public void P14_BarsNewestFirst_OrderDoesNotMatter()
    {
        var features = Calculator.Compute(Day([Bar(15, 30, 10_300m, 5), Bar(14, 0, 10_200m, 5), Bar(13, 59, 10_000m, 5), Bar(9, 0, 9_000m, 5)]));

        Assert.Equal(10_000m, features.PriceAtCutoff);
    }

    [Fact]
    public void P14_BarsBeforeCutoffWithoutAnyTrade_NotComputable()
    {
        var c2 = Calculator.Compute(Day([Bar(9, 0, 10_000m, 0), Bar(13, 59, 10_000m, 0), Bar(14, 0, 10_300m, 100)])).LateSessionReturn;

        Assert.Equal((FeatureState.NotComputable, FeatureIssue.NoTradeBeforeCutoff), (c2.State, c2.Issue));
        Assert.Equal("no trade before 14:00", c2.Note);
    }

    [Fact]
    public void P14_EarlyBarsNotReachingTheOpenWithoutTrade_MissingNotFailed()
    {
        // One page back (13:31–13:59) without a trade does not prove there was none since 09:00: fetch further back.
        MinuteBar[] bars = [.. Enumerable.Range(31, 29).Select(m => Bar(13, m, 10_000m, 0)), Bar(14, 0, 10_300m, 100)];

        var c2 = Calculator.Compute(Day(bars)).LateSessionReturn;

        Assert.Equal((FeatureState.Missing, FeatureIssue.NotSupplied), (c2.State, c2.Issue));
        Assert.Equal("minute bars before 14:00 back to the last trade not supplied", c2.Note);
    }

    [Fact]
    public void P14_SpecialDay_NoTradeFromTheShiftedOpen_NotComputable()
    {
        // Open 10:00: bars from 10:00 with no trade before the 15:00 cutoff prove there was none.
        var schedule = new TradingDaySchedule(new DateOnly(2026, 11, 19), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit);

        var c2 = Calculator.Compute(Day([Bar(10, 0, 10_000m, 0), Bar(14, 59, 10_000m, 0), Bar(15, 0, 10_300m, 5)]), schedule).LateSessionReturn;

        Assert.Equal(FeatureIssue.NoTradeBeforeCutoff, c2.Issue);
    }

    [Fact]
    public void P14_OnlyLateBarsSupplied_MissingNotFailed()
    {
        // The funnel may fetch the late session first: no bar before 14:00 means "not fetched", not "no trade".
        var features = Calculator.Compute(Day([Bar(14, 0, 10_200m, 100_000), Bar(15, 30, 10_300m, 100_000)]));

        Assert.Equal((FeatureState.Missing, FeatureIssue.NotSupplied), (features.LateSessionReturn.State, features.LateSessionReturn.Issue));
        Assert.Equal(0.2m, features.LateVolumeShare.Value); // C3 needs only the late bars
    }

    [Fact]
    public void MinuteBars_NotFetched_C2AndC3Missing()
    {
        var features = Calculator.Compute(Day(null));

        Assert.Equal(FeatureState.Missing, features.LateSessionReturn.State);
        Assert.Equal(FeatureState.Missing, features.LateVolumeShare.State);
    }

    [Fact]
    public void MinuteBars_Empty_NotComputable()
    {
        var features = Calculator.Compute(Day([]));

        Assert.Equal(FeatureIssue.NoMinuteBars, features.LateSessionReturn.Issue);
        Assert.Equal(FeatureIssue.NoMinuteBars, features.LateVolumeShare.Issue);
    }

    [Fact]
    public void MinuteBars_SameMinuteTwice_NotComputable()
    {
        // Overlapping pages would double-count the minute's volume.
        var features = Calculator.Compute(Day([Bar(13, 59, 10_000m, 5), Bar(14, 0, 10_200m, 5), Bar(14, 0, 10_200m, 5)]));

        Assert.Equal(FeatureIssue.InvalidMinuteBar, features.LateVolumeShare.Issue);
        Assert.Equal("the minute 14:00 is supplied more than once", features.LateVolumeShare.Note);
    }

    [Fact]
    public void MinuteBars_NegativeVolume_NotComputable()
    {
        var features = Calculator.Compute(Day([Bar(13, 59, 10_000m, -1)]));

        Assert.Equal(FeatureIssue.InvalidMinuteBar, features.LateSessionReturn.Issue);
    }

    [Fact]
    public void SpecialDay_CloseOneHourLate_CutoffMovesTo1500()
    {
        var schedule = new TradingDaySchedule(new DateOnly(2026, 11, 19), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit);
        var features = Calculator.Compute(Day([Bar(13, 59, 9_000m, 500_000), Bar(14, 59, 10_000m, 250_000), Bar(15, 0, 10_300m, 250_000)]), schedule);

        Assert.Equal((new TimeOnly(15, 0), new TimeOnly(10, 0)), (Calculator.CutoffFor(schedule), Calculator.OpenFor(schedule)));
        Assert.Equal(new TimeOnly(15, 0), features.LateSessionCutoff);
        Assert.Equal(10_000m, features.PriceAtCutoff);
        Assert.Equal(0.25m, features.LateVolumeShare.Value);
    }

    // ---- C3 late volume share -----------------------------------------------------------------------------------

    [Fact]
    public void C3_LateBarsIncludingClosingAuction_OverDayVolume()
    {
        // 14:00 → 15:19 continuous 100,000 + 15:30 closing auction 80,000 = 180,000 of 1,000,000.
        var features = Calculator.Compute(Day([Bar(9, 0, 9_800m, 500_000), Bar(13, 59, 10_000m, 320_000), Bar(14, 0, 10_100m, 60_000), Bar(15, 19, 10_200m, 40_000), Bar(15, 30, 10_300m, 80_000)]));

        Assert.Equal(0.18m, features.LateVolumeShare.Value);
    }

    [Fact]
    public void C3_LateBarsAboveDayVolume_NotComputable()
    {
        var c3 = Calculator.Compute(Day([Bar(13, 59, 10_000m, 1), Bar(14, 0, 10_300m, 1_000_001)], dayVolume: 1_000_000)).LateVolumeShare;

        Assert.Equal(FeatureIssue.BarVolumeExceedsDayVolume, c3.Issue);
    }

    [Fact]
    public void C3_ZeroDayVolume_NotComputable()
    {
        var c3 = Calculator.Compute(Day([Bar(13, 59, 10_000m, 0)], dayVolume: 0)).LateVolumeShare;

        Assert.Equal(FeatureIssue.NoDayVolume, c3.Issue);
    }

    // ---- C4 execution strength -----------------------------------------------------------------------------------

    [Fact]
    public void C4_CumulativeVolumes_PreferredOverBroker()
    {
        var input = Stock("000001", Base) with { BuyInitiatedVolume = 1_234_567, SellInitiatedVolume = 1_000_000, BrokerExecutionStrength = 99m };

        var (value, source) = FeatureCalculator.ExecutionStrength(input);

        Assert.Equal((123.4567m, ExecutionStrengthSource.CumulativeVolumes), (value.Value, source));
    }

    [Fact]
    public void C4_BrokerValue_WhenVolumesAbsent()
    {
        var input = Stock("000001", Base) with { BuyInitiatedVolume = null, SellInitiatedVolume = null, BrokerExecutionStrength = 112.34m };

        var (value, source) = FeatureCalculator.ExecutionStrength(input);

        Assert.Equal((112.34m, ExecutionStrengthSource.Broker), (value.Value, source));
    }

    [Fact]
    public void C4_NoSource_Missing()
    {
        var input = Stock("000001", Base) with { BuyInitiatedVolume = null, SellInitiatedVolume = null, BrokerExecutionStrength = null };

        var (value, source) = FeatureCalculator.ExecutionStrength(input);

        Assert.Equal((FeatureState.Missing, ExecutionStrengthSource.None), (value.State, source));
    }

    [Fact]
    public void C4_NoSellInitiatedVolume_NotComputable()
    {
        var input = Stock("000001", Base) with { BuyInitiatedVolume = 10, SellInitiatedVolume = 0 };

        Assert.Equal(FeatureIssue.NoSellInitiatedVolume, FeatureCalculator.ExecutionStrength(input).Value.Issue);
    }

    [Fact]
    public void C4_NegativeBrokerValue_NotComputable()
    {
        var input = Stock("000001", Base) with { BuyInitiatedVolume = null, SellInitiatedVolume = null, BrokerExecutionStrength = -1m };

        Assert.Equal(FeatureIssue.InvalidBrokerExecutionStrength, FeatureCalculator.ExecutionStrength(input).Value.Issue);
    }

    // ---- C5 relative return, C6 close vs VWAP --------------------------------------------------------------------

    [Fact]
    public void C5_DayReturnMinusIndexReturn()
    {
        // +3.0% against an index at +1.2% = +1.8 pp.
        var input = Stock("000001", Base) with { PreviousClose = 10_000m, Close = 10_300m, IndexDayReturn = 0.012m };

        Assert.Equal(0.018m, FeatureCalculator.RelativeReturn(input).Value);
    }

    [Fact]
    public void C5_FallingIndex_AddsToTheRelativeReturn()
    {
        var input = Stock("000001", Base) with { Market = Trading.Market.Market.Kosdaq, PreviousClose = 10_000m, Close = 10_100m, IndexDayReturn = -0.02m };

        Assert.Equal(0.03m, FeatureCalculator.RelativeReturn(input).Value);
    }

    [Fact]
    public void C5_NonPositivePreviousClose_NotComputable()
    {
        var input = Stock("000001", Base) with { PreviousClose = 0m };

        Assert.Equal(FeatureIssue.NonPositivePreviousClose, FeatureCalculator.RelativeReturn(input).Issue);
    }

    [Fact]
    public void C6_SuppliedVwap()
    {
        var input = Stock("000001", Base) with { Close = 10_200m, Vwap = 10_000m };

        Assert.Equal(1.02m, FeatureCalculator.CloseToVwap(input).Value);
    }

    [Fact]
    public void C6_VwapFromTradingValueOverVolume_WhenNotSupplied()
    {
        // VWAP = 20,000,000,000 ÷ 2,000,000 = 10,000; 10,300 ÷ 10,000 = 1.03.
        var input = Stock("000001", Base) with { Close = 10_300m, Vwap = null, DayVolume = 2_000_000, DayTradingValue = 20_000_000_000m };
        var features = Calculator.Compute(input);

        Assert.Equal(1.03m, features.CloseToVwap.Value);
        Assert.Equal(10_000m, features.Vwap);
    }

    [Fact]
    public void C6_NonPositiveVwap_NotComputable()
    {
        var input = Stock("000001", Base) with { Vwap = 0m };

        Assert.Equal(FeatureIssue.NonPositiveVwap, FeatureCalculator.CloseToVwap(input).Issue);
    }

    [Fact]
    public void Compute_BuilderInput_AllSixExactly()
    {
        var values = new Trading.Screening.Conditions.ConditionVector(2.345m, 0.0123m, 0.27m, 133.3333m, 0.0211m, 1.0345m);

        var features = Calculator.Compute(Stock("000001", values));

        Assert.True(features.IsComplete);
        Assert.Equal(values, features.Values());
        Assert.Equal(ExecutionStrengthSource.CumulativeVolumes, features.ExecutionStrengthSource);
    }
}
