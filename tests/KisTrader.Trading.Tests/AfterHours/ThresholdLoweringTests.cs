using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>No selected symbol at or above the threshold at a checkpoint => −0.5 pp for the next one, never below 1.0%.</summary>
public sealed class ThresholdLoweringTests
{
    [Fact]
    public void Evaluate_NoSignalAllSession_Lowers2To15To1Then1()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Selected("B", 2));
        AfterHoursObservation[] flat = [Match("A", 10_050m), Match("B", 10_050m)]; // +0.5%
        var used = new List<decimal>();

        foreach (var checkpoint in new[] { C1600, C1630, C1700, C1730 })
        {
            var result = planner.Evaluate(state, checkpoint, flat, PlentyOfCash);
            used.Add(result.Threshold);
            Assert.NotEmpty(result.Decisions);
            Assert.All(result.Decisions, d => Assert.Equal(result.Threshold, d.Threshold));
            state = result.State;
        }

        Assert.Equal([0.02m, 0.015m, 0.01m, 0.01m], used);
    }

    [Fact]
    public void Evaluate_NoSignal_ReportsTheLowering()
    {
        var planner = Planner();
        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 10_050m)], PlentyOfCash);

        Assert.True(result.ThresholdLowered);
        Assert.False(result.SignalFound);
        Assert.Equal(0.015m, result.NextThreshold);
        Assert.Equal(0.015m, result.State.Threshold);
        Assert.Equal("no symbol at or above +2.00%: lowered to +1.50%", result.ThresholdReason);
    }

    [Fact]
    public void Evaluate_AtTheFloor_StaysAtTheFloor()
    {
        var planner = Planner(new AfterHoursOptions { InitialThreshold = 0.01m });
        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 10_050m)], PlentyOfCash);

        Assert.False(result.ThresholdLowered);
        Assert.Equal(0.01m, result.NextThreshold);
        Assert.Contains("already at the floor", result.ThresholdReason);
    }

    [Fact]
    public void Evaluate_StepBelowTheFloor_StopsAtTheFloor()
    {
        // 1.2% − 0.5 pp = 0.7% < 1.0% floor → 1.0%.
        var planner = Planner(new AfterHoursOptions { InitialThreshold = 0.012m });
        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 10_050m)], PlentyOfCash);

        Assert.Equal(0.01m, result.NextThreshold);
    }

    [Fact]
    public void Evaluate_AtTheLoweredThreshold_BuysExactlyAtIt()
    {
        // 16:30 uses 1.5%: observed 10,150 = +1.5% exactly.
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));
        state = planner.Evaluate(state, C1600, [Match("A", 10_140m)], PlentyOfCash).State; // +1.4%: no signal

        var result = planner.Evaluate(state, C1630, [Match("A", 10_150m)], PlentyOfCash);

        Assert.Equal(AfterHoursAction.Buy, result.Only("A").Action);
        Assert.Equal(0.015m, result.Only("A").Threshold);
    }

    [Fact]
    public void Evaluate_ASignal_KeepsTheThreshold()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Selected("B", 2));

        var result = planner.Evaluate(state, C1600, [Match("A", 10_200m), Match("B", 10_000m)], PlentyOfCash);

        Assert.True(result.SignalFound);
        Assert.Equal(0.02m, result.NextThreshold);
    }

    [Fact]
    public void Evaluate_SignalWithZeroQuantity_StillCountsAsASignal()
    {
        var planner = Planner();
        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [Match("A", 10_200m)], 0m);

        Assert.True(result.SignalFound);
        Assert.False(result.ThresholdLowered);
    }

    [Fact]
    public void Evaluate_NoObservedPriceAtAll_KeepsTheThreshold()
    {
        var planner = Planner();
        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1600, [], PlentyOfCash);

        Assert.False(result.ThresholdLowered);
        Assert.Equal("no monitored symbol had an observed price: unchanged", result.ThresholdReason);
    }

    [Fact]
    public void Evaluate_OnlyTheBoughtSymbolIsAboveTheThreshold_Lowers()
    {
        // A bought at 16:00; at 16:30 A is +3% (refused: already bought) and B +0.5%: no buyable signal.
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Selected("B", 2));
        state = planner.Evaluate(state, C1600, [Match("A", 10_200m), Match("B", 10_050m)], PlentyOfCash).State;

        var result = planner.Evaluate(state, C1630, [Match("A", 10_300m), Match("B", 10_050m)], PlentyOfCash);

        Assert.Equal(0.015m, result.NextThreshold);
    }

    [Fact]
    public void Evaluate_LastCheckpoint_LeavesTheThreshold()
    {
        var planner = Planner();
        var result = planner.Evaluate(Start(planner, Selected("A", 1)), C1730, [Match("A", 10_050m)], PlentyOfCash);

        Assert.Equal(0.02m, result.NextThreshold);
        Assert.Equal("last checkpoint: unchanged", result.ThresholdReason);
    }
}
