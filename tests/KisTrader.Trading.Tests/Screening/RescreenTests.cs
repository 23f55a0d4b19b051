using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>The after-hours re-search (strategy.md §6 over §4): one level looser over the cached features, no inputs.</summary>
public sealed class RescreenTests
{
    [Fact]
    public void OneLevelLooser_FromCachedFeatures_SkipsWatched()
    {
        var screener = Screener();
        var first = screener.Screen(Request(Batch('C', 3, Base).Concat(Batch('D', 4, Relax1)).Concat(Batch('E', 2, Relax2))));

        var again = screener.Rescreen(first, 50_000_000m, alreadyWatched: ["C00001", "C00002", "C00003"]);

        Assert.Equal(ScreeningLevel.Base, first.FinalLevel);
        Assert.Equal((ScreeningKind.Research, ScreeningLevel.Relax1, ScreeningLevel.Base), (again.Kind, again.FinalLevel, again.ResearchedFrom));
        Assert.Equal(7, again.PassersAtFinalLevel);
        Assert.Equal(["C00001", "C00002", "C00003"], again.SkippedCodes);
        Assert.Equal(["D00001", "D00002", "D00003", "D00004"], again.Candidates.Select(c => c.Code));
        var attempt = Assert.Single(again.Attempts);
        Assert.Equal((ScreeningLevel.Relax1, Relax1, 7, true), (attempt.Level, attempt.Thresholds, attempt.Passed, attempt.Kept));
    }

    [Fact]
    public void FromRelax3_StaysAtRelax3()
    {
        var screener = Screener();
        var first = screener.Screen(Request(Batch('F', 2, Relax3)));

        var again = screener.Rescreen(first, 50_000_000m);

        Assert.Equal(ScreeningLevel.Relax3, first.FinalLevel);
        Assert.Equal(ScreeningLevel.Relax3, again.FinalLevel);
        Assert.Equal(2, again.Candidates.Length);
    }

    [Fact]
    public void FromTighten2_OneStepIsTighten1_CappedAt19()
    {
        var screener = Screener();
        var first = screener.Screen(Request(Batch('A', 21, Tighten2).Concat(Batch('B', 10, Tighten1))));

        var again = screener.Rescreen(first, 50_000_000m);

        Assert.Equal(ScreeningLevel.Tighten2, first.FinalLevel);
        Assert.Equal((ScreeningLevel.Tighten1, 31, 19), (again.FinalLevel, again.PassersAtFinalLevel, again.Candidates.Length));
    }
}
