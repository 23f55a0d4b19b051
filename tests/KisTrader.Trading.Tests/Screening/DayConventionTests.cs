using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>
/// strategy.md §3 Conventions on the 14:00 boundary and the day's figures: P14 is the last trade strictly before 14:00
/// (the opening auction when it is the only one), no trade before 14:00 fails C2 with the reason "no trade before 14:00",
/// and the day is as of the 15:30 close (bars of the 15:40–16:00 closing-price session or after-hours do not count).
/// </summary>
public sealed class DayConventionTests
{
    private static readonly FeatureCalculator Calculator = new(new FeatureOptions());

    private static MinuteBar Bar(int hour, int minute, decimal close, long volume) =>
        new(new TimeOnly(hour, minute), close, close, close, close, volume);

    /// <summary>Every minute 09:00–15:30 as KIS pages them: <paramref name="traded"/> minutes carry volume, the rest none.</summary>
    private static List<MinuteBar> FullDay(params (int Hour, int Minute, decimal Price, long Volume)[] traded)
    {
        var bars = new List<MinuteBar>();
        var last = traded[0].Price;
        for (var t = new TimeOnly(9, 0); t <= new TimeOnly(15, 30); t = t.AddMinutes(1))
        {
            var print = traded.FirstOrDefault(x => x.Hour == t.Hour && x.Minute == t.Minute);
            last = print.Volume > 0 ? print.Price : last;
            bars.Add(new MinuteBar(t, last, last, last, last, print.Volume));
        }

        return bars;
    }

    [Fact]
    public void P14_OnlyTheOpeningAuctionBefore1400_IsTheAuctionPrice()
    {
        // 09:00 bar = the opening auction alone (50,000 @ 9,800); nothing else trades until 14:00.
        var bars = FullDay((9, 0, 9_800m, 50_000), (14, 0, 10_000m, 30_000), (15, 30, 10_290m, 20_000));

        var features = Calculator.Compute(Stock("000001", Base) with { Close = 10_290m, DayVolume = 100_000, MinuteBars = bars });

        Assert.Equal(9_800m, features.PriceAtCutoff);
        Assert.Equal(0.05m, features.LateSessionReturn.Value); // (10,290 − 9,800) ÷ 9,800 = 490 ÷ 9,800
        Assert.Equal(0.5m, features.LateVolumeShare.Value); // (30,000 + 20,000) ÷ 100,000
    }

    [Fact]
    public void NoTradeAtAllBefore1400_FailsC2WithTheReason()
    {
        var screener = Screener();
        var bars = FullDay((14, 0, 10_000m, 60_000), (15, 30, 10_300m, 40_000)).Select(b => b.Start < new TimeOnly(14, 0) ? b with { Volume = 0 } : b).ToList();
        var passer = Stock("000010", Tighten2);
        var silent = Stock("000020", Tighten2) with { MinuteBars = bars };

        var result = screener.Screen(Request([passer, silent, Stock("000030", Tighten2), Stock("000040", Tighten2)]));
        var evaluation = result.Evaluations.Single(e => e.Code == "000020");

        Assert.Equal((FeatureState.NotComputable, FeatureIssue.NoTradeBeforeCutoff), (evaluation.Features.LateSessionReturn.State, evaluation.Features.LateSessionReturn.Issue));
        Assert.Equal("no trade before 14:00", evaluation.Features.LateSessionReturn.Note);
        Assert.False(evaluation.Passed.Contains(ConditionId.LateSessionReturn));
        Assert.Null(evaluation.Rank);
        Assert.DoesNotContain(result.Candidates, c => c.Code == "000020");
    }

    [Fact]
    public void LateVolume_BarsAfterTheClose_NotCounted()
    {
        // 15:40–16:00 closing-price session and a 16:10 after-hours match are not the day's figures: C3 counts 14:00 and
        // the 15:30 closing auction only.
        MinuteBar[] bars = [Bar(13, 59, 10_000m, 700_000), Bar(14, 0, 10_100m, 100_000), Bar(15, 30, 10_300m, 200_000), Bar(15, 40, 10_300m, 50_000), Bar(16, 10, 10_400m, 5_000)];

        var features = Calculator.Compute(Stock("000001", Base) with { Close = 10_300m, DayVolume = 1_000_000, MinuteBars = bars });

        Assert.Equal(0.3m, features.LateVolumeShare.Value);
        Assert.Equal(0.03m, features.LateSessionReturn.Value);
    }

    [Fact]
    public void LateVolume_SpecialDayCloseMovesWithTheCutoff()
    {
        // Close shifted by one hour (16:30): the 16:30 bar is the closing auction and counts; a 16:40 bar does not.
        var schedule = new TradingDaySchedule(new DateOnly(2026, 11, 19), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit);
        MinuteBar[] bars = [Bar(14, 59, 10_000m, 600_000), Bar(15, 0, 10_100m, 100_000), Bar(16, 30, 10_300m, 300_000), Bar(16, 40, 10_300m, 90_000)];

        var features = Calculator.Compute(Stock("000001", Base) with { Close = 10_300m, DayVolume = 1_000_000, MinuteBars = bars }, schedule);

        Assert.Equal(new TimeOnly(16, 30), Calculator.CloseAfter(Calculator.CutoffFor(schedule)));
        Assert.Equal(0.4m, features.LateVolumeShare.Value);
    }
}
