using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Scoring;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>strategy.md §3: s_c = clamp((v − T_base) ÷ (F − T_base), 0, 1); score = 100 × Σ w·s ÷ Σ w, 2 decimals.</summary>
public sealed class ScoringTests
{
    private static readonly Scorer Scorer = new(new ConditionsOptions());

    [Fact]
    public void AllAtBase_ScoresZero()
    {
        var card = Scorer.Score(Base);

        Assert.Equal(0m, card.Score);
        Assert.Equal(new ConditionVector(0, 0, 0, 0, 0, 0), card.SubScores);
    }

    [Fact]
    public void AllAtFullMark_ScoresHundred()
    {
        Assert.Equal(100m, Scorer.Score(new ConditionVector(5.0m, 0.04m, 0.40m, 200m, 0.06m, 1.06m)).Score);
    }

    [Fact]
    public void AllHalfway_ScoresFifty()
    {
        // C1 (3.5−2)/(5−2) = .5; C2 (.025−.01)/.03 = .5; C3 (.275−.15)/.25 = .5; C4 (155−110)/90 = .5;
        // C5 (.0375−.015)/.045 = .5; C6 (1.04−1.02)/.04 = .5.
        var card = Scorer.Score(new ConditionVector(3.5m, 0.025m, 0.275m, 155m, 0.0375m, 1.04m));

        Assert.Equal(new ConditionVector(0.5m, 0.5m, 0.5m, 0.5m, 0.5m, 0.5m), card.SubScores);
        Assert.Equal(50m, card.Score);
    }

    [Fact]
    public void Mixed_ClampedBothWays_ByHand()
    {
        // s = .2, 1 (above F, clamped), 0 (below T, clamped), 1, .2, .25
        // 20×.2 + 20×1 + 15×0 + 15×1 + 15×.2 + 15×.25 = 4 + 20 + 0 + 15 + 3 + 3.75 = 45.75 of 100 → 45.75.
        var card = Scorer.Score(new ConditionVector(2.6m, 0.05m, 0.10m, 200m, 0.024m, 1.03m));

        Assert.Equal(new ConditionVector(0.2m, 1m, 0m, 1m, 0.2m, 0.25m), card.SubScores);
        Assert.Equal(45.75m, card.Score);
    }

    [Fact]
    public void Repeating_RoundedToTwoDecimals()
    {
        // C1 2.1: s = .1/3 = .0333…; 100 × 20 × .0333… ÷ 100 = .6666… → 0.67.
        Assert.Equal(0.67m, Scorer.Score(Base.With(ConditionId.VolumeMultiple, 2.1m)).Score);
    }

    [Fact]
    public void Midpoint_RoundsAwayFromZero()
    {
        // C1 2.01875: s = .01875/3 = .00625; 20 × .00625 = .125 → 0.13 (banker's rounding would give 0.12).
        Assert.Equal(0.13m, Scorer.Score(Base.With(ConditionId.VolumeMultiple, 2.01875m)).Score);
    }

    [Fact]
    public void RelaxLevelPasser_BelowBase_ScoresZeroThere()
    {
        // At relax 3 every value is below base: every sub-score is 0 (scores are comparable across levels).
        Assert.Equal(0m, Scorer.Score(Relax3).Score);
    }

    [Fact]
    public void TightenTwoProfile_ByHand()
    {
        // s = 1/3, 1/3, .2, 2/9, 1/3, .5 → 20/3 + 20/3 + 3 + 10/3 + 5 + 7.5 = 32.1666… → 32.17.
        Assert.Equal(32.17m, Scorer.Score(Tighten2).Score);
    }

    [Fact]
    public void CustomWeights_ZeroWeightIgnored()
    {
        var options = new ConditionsOptions();
        foreach (var id in ConditionIds.All)
        {
            options[id].Weight = id == ConditionId.ExecutionStrength ? 1m : 0m;
        }

        // Only C4 counts: (155 − 110) ÷ 90 = .5 → 50.
        Assert.Equal(50m, new Scorer(options).Score(new ConditionVector(5m, 0.04m, 0.4m, 155m, 0.06m, 1.06m)).Score);
    }

    [Fact]
    public void Ranking_ScoreThenTradingValueThenCode()
    {
        var high = new ConditionVector(3.5m, 0.025m, 0.275m, 155m, 0.0375m, 1.04m); // 50.00
        var result = Screener().Screen(Request(
        [
            Stock("000300", Base, tradingValue: 30_000_000_000m),
            Stock("000200", Base, tradingValue: 30_000_000_000m),
            Stock("000100", Base, tradingValue: 20_000_000_000m),
            Stock("000400", Base, tradingValue: 40_000_000_000m),
            Stock("000900", high, tradingValue: 11_000_000_000m),
        ]));

        Assert.Equal(["000900", "000400", "000200", "000300", "000100"], result.Candidates.Select(c => c.Code));
        Assert.Equal([1, 2, 3, 4, 5], result.Candidates.Select(c => c.Rank));
        Assert.Equal([50m, 0m, 0m, 0m, 0m], result.Candidates.Select(c => c.Score));
    }

    [Fact]
    public void Candidate_KeepsValuesSubScoresAndLevels()
    {
        var values = new ConditionVector(2.6m, 0.05m, 0.19m, 200m, 0.024m, 1.03m);
        var result = Screener().Screen(Request([Stock("000001", values), Stock("000002", Base), Stock("000003", Base)]));

        var c = result.Candidates.Single(x => x.Code == "000001");
        Assert.Equal(values, c.Values);
        Assert.Equal(new ConditionVector(0.2m, 1m, 0.16m, 1m, 0.2m, 0.25m), c.SubScores);
        Assert.Equal(48.15m, c.Score); // 4 + 20 + 2.4 + 15 + 3 + 3.75
        Assert.Equal(ScreeningLevel.Base, c.Level);
        Assert.Equal(ScreeningLevel.Tighten1, c.StrictestLevel); // C1 2.6, C3 .19, C5 .024, C6 1.03 stop at tighten 1
    }
}
