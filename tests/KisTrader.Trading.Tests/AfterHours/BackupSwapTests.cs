using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>A selected symbol ≤ −2% at a checkpoint is dropped; the best-ranked unused backup replaces it from the next checkpoint.</summary>
public sealed class BackupSwapTests
{
    // Backups deliberately listed worst first: promotion goes by rank, not by list order.
    private static AfterHoursState Session(AfterHoursPlanner planner) =>
        Start(planner, Selected("A", 1), Selected("B", 2), Backup("Y", 7), Backup("X", 6, allocation: 999m));

    [Fact]
    public void Evaluate_SelectedAtMinusTwoPercent_DroppedAndBestBackupPromotedWithTheDroppedAllocation()
    {
        var planner = Planner();

        var result = planner.Evaluate(Session(planner), C1600, [Match("A", 9_800m), Match("B", 10_000m)], PlentyOfCash);

        var drop = result.Only("A");
        Assert.Equal((AfterHoursAction.Drop, "X"), (drop.Action, drop.Replacement));
        Assert.Contains("backup X (rank 6) takes its place", drop.Reason);
        var x = result.State.Find("X")!;
        Assert.Equal((WatchStatus.Monitored, 2_000_000m, "A", C1600), (x.Status, x.Allocation, x.Replaces, x.StatusAt));
        Assert.Equal(WatchStatus.Dropped, result.State.Find("A")!.Status);
        Assert.Equal(WatchStatus.Backup, result.State.Find("Y")!.Status);
    }

    [Fact]
    public void Evaluate_PromotedBackup_NotEvaluatedAtThePromotingCheckpointButAtTheNext()
    {
        var planner = Planner();
        var first = planner.Evaluate(Session(planner), C1600, [Match("A", 9_800m), Match("B", 10_000m), Match("X", 10_500m)], PlentyOfCash);

        var second = planner.Evaluate(first.State, C1630, [Match("B", 10_000m), Match("X", 10_200m)], PlentyOfCash);

        Assert.DoesNotContain(first.Decisions, d => d.Code == "X");
        var buy = second.Only("X");
        Assert.Equal(AfterHoursAction.Buy, buy.Action);
        Assert.Equal(195, buy.Quantity); // inherited 2,000,000 ÷ 10,210, not its own 999
    }

    [Fact]
    public void Evaluate_UnusedBackupAboveThreshold_IsNeitherEvaluatedNorBought()
    {
        var planner = Planner();

        var result = planner.Evaluate(Session(planner), C1600, [Match("X", 10_500m)], PlentyOfCash);

        Assert.Equal(["A", "B"], result.Decisions.Select(d => d.Code));
        Assert.Equal(WatchStatus.Backup, result.State.Find("X")!.Status);
    }

    [Fact]
    public void Evaluate_TwoDropsAtOneCheckpoint_BestRankedDropGetsBestRankedBackup()
    {
        var planner = Planner();

        var result = planner.Evaluate(Session(planner), C1600, [Match("B", 9_700m), Match("A", 9_800m)], PlentyOfCash);

        Assert.Equal("X", result.Only("A").Replacement);
        Assert.Equal("Y", result.Only("B").Replacement);
        Assert.Equal("B", result.State.Find("Y")!.Replaces);
    }

    [Fact]
    public void Evaluate_NoBackupLeft_DropsWithoutReplacement()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Selected("B", 2), Selected("C", 3), Backup("X", 6));

        var result = planner.Evaluate(state, C1600, [Match("A", 9_800m), Match("B", 9_800m), Match("C", 10_000m)], PlentyOfCash);

        Assert.Equal("X", result.Only("A").Replacement);
        Assert.Null(result.Only("B").Replacement);
        Assert.Contains("no unused backup left", result.Only("B").Reason);
    }

    [Fact]
    public void Evaluate_DropAtTheLastCheckpoint_PromotesNoBackup()
    {
        var planner = Planner();

        var result = planner.Evaluate(Session(planner), C1730, [Match("A", 9_800m)], PlentyOfCash);

        Assert.Equal(AfterHoursAction.Drop, result.Only("A").Action);
        Assert.Null(result.Only("A").Replacement);
        Assert.Contains("last checkpoint", result.Only("A").Reason);
        Assert.Equal(WatchStatus.Backup, result.State.Find("X")!.Status);
    }

    [Fact]
    public void Evaluate_DroppedSymbolRecovers_NeverEvaluatedAgain()
    {
        var planner = Planner();
        var first = planner.Evaluate(Session(planner), C1600, [Match("A", 9_800m)], PlentyOfCash);

        var second = planner.Evaluate(first.State, C1630, [Match("A", 10_500m)], PlentyOfCash);

        Assert.DoesNotContain(second.Decisions, d => d.Code == "A");
    }

    [Fact]
    public void Evaluate_PromotedBackupDrops_ReplacedByTheNextBackup()
    {
        var planner = Planner();
        var first = planner.Evaluate(Session(planner), C1600, [Match("A", 9_800m)], PlentyOfCash);

        var second = planner.Evaluate(first.State, C1630, [Match("X", 9_790m)], PlentyOfCash);

        Assert.Equal("Y", second.Only("X").Replacement);
        var y = second.State.Find("Y")!;
        Assert.Equal((WatchStatus.Monitored, 2_000_000m, "X"), (y.Status, y.Allocation, y.Replaces));
    }
}
