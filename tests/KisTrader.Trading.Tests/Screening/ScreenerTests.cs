using KisTrader.Trading.Calendar;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>The facade: what a result records about every symbol, input checks and the special-day cutoff.</summary>
public sealed class ScreenerTests
{
    [Fact]
    public void Evaluations_RecordFeaturesPassesRankAndIssues()
    {
        var input = Stock("300001", Base) with { PreviousVolumes = [1, 2] };
        var r = Screener().Screen(Request([.. Batch('C', 21, Base), Stock("200001", Relax1), input]));

        // 21 at base → tighten 1 leaves 0 → base kept, top 19.
        Assert.Equal([(ScreeningLevel.Base, 21), (ScreeningLevel.Tighten1, 0)], r.Attempts.Select(a => (a.Level, a.Passed)));
        var beyondCap = r.Evaluations.Single(e => e.Code == "C00021");
        Assert.True(beyondCap.PassedLevel);
        Assert.Null(beyondCap.Rank);
        Assert.Equal(19, r.Evaluations.Single(e => e.Code == "C00019").Rank);
        var relax = r.Evaluations.Single(e => e.Code == "200001");
        Assert.Equal((ConditionSet.None, ScreeningLevel.Relax1), (relax.Passed, relax.StrictestLevel));
        var broken = r.Evaluations.Single(e => e.Code == "300001");
        Assert.Null(broken.Score);
        Assert.Null(broken.StrictestLevel);
        Assert.Equal(ConditionSet.All & ~ConditionSet.VolumeMultiple, broken.Passed);
        Assert.Equal(FeatureIssue.InsufficientHistory, broken.Features.VolumeMultiple.Issue);
        Assert.Equal(23, r.Attempts[0].Evaluated);
    }

    [Fact]
    public void DuplicateCode_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Screener().Screen(Request([Stock("000001", Base), Stock("000001", Relax1)])));

        Assert.StartsWith("The universe lists code 000001 more than once.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecialDay_CutoffMovesWithTheClose()
    {
        // 수능일: open and close one hour late → the late session starts at 15:00. The builder's 13:59 bar becomes
        // early volume and the 14:00 bar too; only the 15:30 auction bar is late.
        var schedule = new TradingDaySchedule(new DateOnly(2026, 11, 19), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit);
        var request = Request([Stock("000001", Base)]) with { Schedule = schedule };

        var r = Screener().Screen(request);

        Assert.Equal(new TimeOnly(15, 0), r.LateSessionCutoff);
        var features = r.Evaluations.Single().Features;
        Assert.Equal(new TimeOnly(15, 0), features.LateSessionCutoff);
        Assert.Equal(0.075m, features.LateVolumeShare.Value); // 150,000 of 2,000,000 in the 15:30 bar
        Assert.Equal(0m, features.LateSessionReturn.Value);   // P14 is the 14:00 bar's close = the close
    }

    [Fact]
    public void Deterministic_SameInputSameResult()
    {
        var inputs = Batch('A', 8, Tighten1).Concat(Batch('C', 15, Base)).ToList();
        var screener = Screener();

        var a = screener.Screen(Request(inputs));
        var b = screener.Screen(Request(Enumerable.Reverse(inputs)));

        Assert.Equal(a.Candidates, b.Candidates);
        Assert.Equal(a.Attempts.Select(x => (x.Level, x.Passed)), b.Attempts.Select(x => (x.Level, x.Passed)));
    }
}
