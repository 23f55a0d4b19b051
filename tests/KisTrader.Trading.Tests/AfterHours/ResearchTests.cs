using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>Nothing bought after the 17:00 checkpoint => re-search one relax level looser; new symbols evaluated at 17:30.</summary>
public sealed class ResearchTests
{
    private static readonly AfterHoursObservation[] Flat = [Match("A", 10_050m)];

    private static (AfterHoursPlanner Planner, List<AfterHoursCheckpointResult> Results) RunTo(TimeOnly last, AfterHoursOptions? options = null)
    {
        var planner = Planner(options);
        var state = Start(planner, Selected("A", 1), Selected("D", 2), Backup("X", 6));
        var results = new List<AfterHoursCheckpointResult>();
        foreach (var c in planner.Checkpoints.Where(c => c <= last))
        {
            AfterHoursObservation[] observations = c == C1600 ? [.. Flat, Match("D", 9_800m)] : Flat; // D dropped at 16:00, X promoted
            var result = planner.Evaluate(state, c, observations, PlentyOfCash);
            results.Add(result);
            state = result.State;
        }

        return (planner, results);
    }

    [Fact]
    public void Evaluate_NothingBoughtBySeventeen_RequestsReSearchOneLevelLooserForSeventeenThirty()
    {
        var (_, results) = RunTo(C1700);

        Assert.Null(results[0].Research);
        Assert.Null(results[1].Research);
        Assert.Equal(new ResearchRequest(1, C1700, C1730), results[2].Research);
        Assert.Equal(ResearchStatus.Requested, results[2].State.Research);
    }

    [Fact]
    public void Evaluate_SomethingBoughtBefore_NoReSearch()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Selected("B", 2));
        state = planner.Evaluate(state, C1630, [Match("A", 10_200m)], PlentyOfCash).State;

        var result = planner.Evaluate(state, C1700, [Match("B", 10_000m)], PlentyOfCash);

        Assert.Null(result.Research);
        Assert.Equal(ResearchStatus.NotRequested, result.State.Research);
    }

    [Fact]
    public void Evaluate_ReSearchDisabled_NoRequest()
    {
        var (_, results) = RunTo(C1700, new AfterHoursOptions { ResearchEnabled = false });

        Assert.Null(results[2].Research);
    }

    [Fact]
    public void Evaluate_SeventeenSkippedStraightToTheLastCheckpoint_NoRequest()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        var result = planner.Evaluate(state, C1730, Flat, PlentyOfCash);

        Assert.Null(result.Research);
    }

    [Fact]
    public void AddResearchedSymbols_NewSymbolsMonitoredAtSeventeenThirtyAfterTheOriginalOnes()
    {
        var (planner, results) = RunTo(C1700);
        // The re-search returns A (still monitored), D (dropped), X (unused backup) and two new codes.
        WatchEntry[] found = [Selected("N", 1, allocation: 1_000_000m), Selected("A", 2), Selected("D", 3), Backup("X", 4), Backup("M", 5)];

        var merge = AfterHoursPlanner.AddResearchedSymbols(results[2].State, found);
        var at1730 = planner.Evaluate(merge.State, C1730, [Match("A", 10_050m), Match("N", 10_200m)], PlentyOfCash);

        Assert.Equal(["N", "M"], merge.Added);
        Assert.Equal(["A", "D", "X"], merge.Ignored);
        Assert.Equal(ResearchStatus.Completed, merge.State.Research);
        Assert.Equal((1, WatchStatus.Monitored), (merge.State.Find("N")!.Round, merge.State.Find("N")!.Status));
        Assert.Equal(WatchStatus.Backup, merge.State.Find("M")!.Status);
        Assert.Equal(["A", "X", "N"], at1730.Decisions.Select(d => d.Code)); // round 0 (A rank 1, X rank 6) before round 1 (N rank 1)
        Assert.Equal(97, at1730.Only("N").Quantity); // own allocation 1,000,000 ÷ 10,210 = 97.94
    }

    [Fact]
    public void AddResearchedSymbols_WithoutAPendingRequest_Throws()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        Assert.Throws<InvalidOperationException>(() => AfterHoursPlanner.AddResearchedSymbols(state, [Selected("N", 1)]));
    }

    [Fact]
    public void AddResearchedSymbols_Twice_Throws()
    {
        var (_, results) = RunTo(C1700);
        var merged = AfterHoursPlanner.AddResearchedSymbols(results[2].State, []).State;

        Assert.Throws<InvalidOperationException>(() => AfterHoursPlanner.AddResearchedSymbols(merged, [Selected("N", 1)]));
    }

    [Fact]
    public void Evaluate_ReSearchAlreadyDone_NotRequestedAgain()
    {
        // Re-search configured after 16:30: requested there, completed, and not requested again at 17:00.
        var planner = Planner(new AfterHoursOptions { ResearchCheckpoint = C1630 });
        var state = Start(planner, Selected("A", 1));
        state = planner.Evaluate(state, C1600, Flat, PlentyOfCash).State;
        var at1630 = planner.Evaluate(state, C1630, Flat, PlentyOfCash);
        state = AfterHoursPlanner.AddResearchedSymbols(at1630.State, []).State;

        var at1700 = planner.Evaluate(state, C1700, Flat, PlentyOfCash);

        Assert.Equal(new ResearchRequest(1, C1630, C1700), at1630.Research);
        Assert.Null(at1700.Research);
    }
}
