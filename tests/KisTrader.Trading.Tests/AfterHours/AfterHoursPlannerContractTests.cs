using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>Start and Evaluate argument contracts.</summary>
public sealed class AfterHoursPlannerContractTests
{
    [Fact]
    public void Start_SelectedAndBackups_InitialState()
    {
        var planner = Planner();

        var state = Start(planner, Selected("A", 1, allocation: 2_500_000m), Backup("X", 6, allocation: 700m));

        Assert.Equal((0.02m, Budget, 0m, (TimeOnly?)null, ResearchStatus.NotRequested),
            (state.Threshold, state.Budget, state.Committed, state.LastCheckpoint, state.Research));
        Assert.Equal((WatchStatus.Monitored, 2_500_000m), (state.Find("A")!.Status, state.Find("A")!.Allocation));
        Assert.Equal((WatchStatus.Backup, 0m), (state.Find("X")!.Status, state.Find("X")!.Allocation));
        Assert.False(state.AnyBought);
    }

    public static TheoryData<WatchEntry[]> BadEntries => new()
    {
        new[] { Selected("A", 1), Selected("A", 2) },
        new[] { Selected("", 1) },
        new[] { Selected("A", 0) },
        new[] { Selected("A", 1, close: 0m) },
        new[] { new WatchEntry("A", 1, 10_000m, 0m, false, 1m) },
        new[] { Selected("A", 1, allocation: -1m) },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public void Start_InvalidEntry_Throws(WatchEntry[] entries) =>
        Assert.Throws<ArgumentException>(() => Planner().Start(entries, Budget));

    [Fact]
    public void Start_NonPositiveBudget_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Planner().Start([Selected("A", 1)], 0m));

    [Fact]
    public void Evaluate_UnconfiguredCheckpoint_Throws()
    {
        var planner = Planner();

        Assert.Throws<ArgumentException>(() => planner.Evaluate(Start(planner, Selected("A", 1)), new TimeOnly(16, 15), [], PlentyOfCash));
    }

    [Fact]
    public void Evaluate_SameOrEarlierCheckpointAgain_Throws()
    {
        var planner = Planner();
        var state = planner.Evaluate(Start(planner, Selected("A", 1)), C1630, [], PlentyOfCash).State;

        Assert.Throws<ArgumentException>(() => planner.Evaluate(state, C1630, [], PlentyOfCash));
        Assert.Throws<ArgumentException>(() => planner.Evaluate(state, C1600, [], PlentyOfCash));
    }

    [Fact]
    public void Evaluate_SkippedCheckpoint_IsAllowedAndLowersOnlyOnce()
    {
        var planner = Planner();
        var state = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 10_050m)], PlentyOfCash).State;

        var result = planner.Evaluate(state, C1700, [Match("A", 10_050m)], PlentyOfCash);

        Assert.Equal(0.015m, result.Threshold);
        Assert.Equal(C1700, result.State.LastCheckpoint);
    }

    [Fact]
    public void Evaluate_TwoObservationsForOneSymbol_Throws()
    {
        var planner = Planner();

        Assert.Throws<ArgumentException>(() =>
            planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 1m), Match("A", 2m)], PlentyOfCash));
    }

    [Fact]
    public void Evaluate_ObservationForAnUnwatchedSymbol_IsIgnored()
    {
        var planner = Planner();

        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("Z", 99_999m)], PlentyOfCash);

        Assert.Equal(["A"], result.Decisions.Select(d => d.Code));
    }

    [Fact]
    public void Evaluate_DeconstructsIntoStateAndDecisions()
    {
        var planner = Planner();

        var (state, decisions) = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 10_200m)], PlentyOfCash);

        Assert.True(state.AnyBought);
        Assert.Equal(AfterHoursAction.Buy, Assert.Single(decisions).Action);
    }
}
