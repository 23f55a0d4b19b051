using KisTrader.Trading.Screening;

namespace KisTrader.Grains.Tests.Screening;

/// <summary>The decisions two screens must share: level, attempts, candidates with values and sub-scores, selection, allocation.</summary>
internal static class FunnelAssert
{
    public static void SameDecisions(ScreeningResult expected, ScreeningResult actual)
    {
        Assert.Equal(expected.FinalLevel, actual.FinalLevel);
        Assert.Equal(expected.Attempts.Select(a => (a.Level, a.Evaluated, a.Passed)), actual.Attempts.Select(a => (a.Level, a.Evaluated, a.Passed)));
        Assert.Equal(expected.Candidates.Length, actual.Candidates.Length);
        foreach (var (e, a) in expected.Candidates.Zip(actual.Candidates))
        {
            Assert.Equal((e.Rank, e.Code, e.Score, e.Level, e.StrictestLevel), (a.Rank, a.Code, a.Score, a.Level, a.StrictestLevel));
            Assert.Equal(e.Values, a.Values);
            Assert.Equal(e.SubScores, a.SubScores);
        }

        Assert.Equal(expected.Selection.Selected.Select(c => c.Code), actual.Selection.Selected.Select(c => c.Code));
        Assert.Equal(expected.Selection.Backups.Select(c => c.Code), actual.Selection.Backups.Select(c => c.Code));
        Assert.Equal(expected.Allocation with { Items = [] }, actual.Allocation with { Items = [] });
        Assert.Equal(expected.Allocation.Items, actual.Allocation.Items);
    }
}
