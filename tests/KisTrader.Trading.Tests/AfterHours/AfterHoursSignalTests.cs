using KisTrader.Trading.AfterHours;
using static KisTrader.Trading.Tests.AfterHours.AfterHoursTestData;

namespace KisTrader.Trading.Tests.AfterHours;

/// <summary>Signal: (observed − close) ÷ close ≥ threshold (default +2%); drop: ≤ −2%. Close 10,000.</summary>
public sealed class AfterHoursSignalTests
{
    [Theory]
    [InlineData(10_210, AfterHoursAction.Buy)]  // +2.1%
    [InlineData(10_200, AfterHoursAction.Buy)]  // +2.0% exactly
    [InlineData(10_190, AfterHoursAction.Hold)] // +1.9%
    [InlineData(9_810, AfterHoursAction.Hold)]  // −1.9%
    [InlineData(9_800, AfterHoursAction.Drop)]  // −2.0% exactly
    [InlineData(9_790, AfterHoursAction.Drop)]  // −2.1%
    public void Evaluate_ChangeAroundThresholdAndDropTrigger_DecidesAtTheBoundaryInclusive(int observed, AfterHoursAction expected)
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1), Backup("X", 6));

        var decision = planner.Evaluate(state, C1600, [Match("A", observed)], PlentyOfCash).Only("A");

        Assert.Equal(expected, decision.Action);
        Assert.Equal((observed - 10_000m) / 10_000m, decision.Change);
        Assert.Equal(0.02m, decision.Threshold);
        Assert.Equal(ObservedPriceSource.Match, decision.Source);
    }

    [Theory]
    [InlineData(1_856, false)] // 36 ÷ 1,820 = +1.978% < +2%
    [InlineData(1_857, true)]  // 37 ÷ 1,820 = +2.033% ≥ +2%  (2% of 1,820 = 36.4)
    public void Assess_NonTerminatingRatio_ComparesExactly(int observed, bool signal)
    {
        var assessment = Planner().Assess(Selected("A", 1, close: 1_820m), Match("A", observed), 0.02m);

        Assert.Equal(signal, assessment.IsSignal);
        Assert.False(assessment.IsDropCandidate);
    }

    [Fact]
    public void Evaluate_OnlyAnIndicativePrice_DecidesOnItAndSaysSo()
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));

        var decision = planner.Evaluate(state, C1600, [Indicative("A", 10_300m)], PlentyOfCash).Only("A");

        Assert.Equal(AfterHoursAction.Buy, decision.Action);
        Assert.Equal(ObservedPriceSource.Indicative, decision.Source);
        Assert.Equal(10_300m, decision.Observed);
        Assert.Equal(3m, decision.ChangePercent);
        Assert.Contains("indicative 10,300", decision.Reason);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_NoMatchNoIndicative_NoDecisionWithReason(bool observationPresent)
    {
        var planner = Planner();
        var state = Start(planner, Selected("A", 1));
        AfterHoursObservation[] observations = observationPresent ? [new("A", null, null)] : [];

        var decision = planner.Evaluate(state, C1600, observations, PlentyOfCash).Only("A");

        Assert.Equal(AfterHoursAction.NoData, decision.Action);
        Assert.Null(decision.Observed);
        Assert.Null(decision.Change);
        Assert.Contains("no decision", decision.Reason);
    }

    [Fact]
    public void Assess_ObservationForAnotherSymbol_Throws() =>
        Assert.Throws<ArgumentException>(() => Planner().Assess(Selected("A", 1), Match("B", 10_000m), 0.02m));
}
