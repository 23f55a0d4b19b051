using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Scoring;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>
/// strategy.md §3 Conventions: the score is computed exactly, then rounded once to 2 decimals, half away from zero.
/// Every case below is a score whose exact value lies on a rounding midpoint (x.xx5); the exact value is derived by hand
/// in each comment from s = (v − T) ÷ (F − T), score = Σ w·s (Σ w = 100), T = 2.0, .01, .15, 110, .015, 1.02 and
/// F = 5, .04, .40, 200, .06, 1.06, w = 20, 20, 15, 15, 15, 15.
/// </summary>
public sealed class ScoringMidpointTests
{
    private static readonly Scorer Scorer = new(new ConditionsOptions());

    [Theory]
    // C1 2.00075: 20 × .00075 ÷ 3 = .005.
    [InlineData(ConditionId.VolumeMultiple, "2.00075", "0.01")]
    // C2 .0100075: 20 × .0000075 ÷ .03 = .005.
    [InlineData(ConditionId.LateSessionReturn, "0.0100075", "0.01")]
    // C3 .15075: 15 × .00075 ÷ .25 = .045 (to even would give 0.04).
    [InlineData(ConditionId.LateVolumeShare, "0.15075", "0.05")]
    // C4 110.03: 15 × .03 ÷ 90 = .005 (the case: the decimal quotient .03 ÷ 90 = .000333… truncates to 0.00499…).
    [InlineData(ConditionId.ExecutionStrength, "110.03", "0.01")]
    // C5 .015015: 15 × .000015 ÷ .045 = .005 (s = .000333… does not terminate either).
    [InlineData(ConditionId.RelativeReturn, "0.015015", "0.01")]
    // C6 1.02012: 15 × .00012 ÷ .04 = .045 (to even would give 0.04).
    [InlineData(ConditionId.CloseToVwap, "1.02012", "0.05")]
    public void Score_OneConditionOnAMidpoint_RoundsHalfAwayFromZero(ConditionId id, string value, string expected)
    {
        var card = Scorer.Score(Base.With(id, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), card.Score);
    }

    [Fact]
    public void Score_C1AndC4NonTerminatingPartsSumToAMidpoint_RoundsUp()
    {
        // C1 2.1: 20 × .1 ÷ 3 = .666…; C4 110.05: 15 × .05 ÷ 90 = .008333…; exact sum 2/3 + 1/120 = 81/120 = .675 → 0.68.
        Assert.Equal(0.68m, Scorer.Score(Base.With(ConditionId.VolumeMultiple, 2.1m).With(ConditionId.ExecutionStrength, 110.05m)).Score);
    }

    [Fact]
    public void Score_C2AndC5NonTerminatingPartsSumToAMidpoint_RoundsUp()
    {
        // C2 .011: 20 × .001 ÷ .03 = .666…; C5 .015025: 15 × .000025 ÷ .045 = .008333…; exact sum .675 → 0.68.
        Assert.Equal(0.68m, Scorer.Score(Base.With(ConditionId.LateSessionReturn, 0.011m).With(ConditionId.RelativeReturn, 0.015025m)).Score);
    }

    [Fact]
    public void Score_C3AndC6SumToAMidpoint_RoundsAwayFromZero()
    {
        // C3 .15025: 15 × .00025 ÷ .25 = .015; C6 1.02008: 15 × .00008 ÷ .04 = .03; exact .045 → 0.05 (to even: 0.04).
        Assert.Equal(0.05m, Scorer.Score(Base.With(ConditionId.LateVolumeShare, 0.15025m).With(ConditionId.CloseToVwap, 1.02008m)).Score);
    }

    [Fact]
    public void Score_AllSixOnAMidpoint_RoundsUp()
    {
        // 2/3 + 2/3 + .015 + 1/120 + 1/120 + .03 = 4/3 + 1/60 + .045 = 1.395 exactly → 1.40.
        var values = new ConditionVector(2.1m, 0.011m, 0.15025m, 110.05m, 0.015025m, 1.02008m);

        Assert.Equal(1.40m, Scorer.Score(values).Score);
    }

    [Fact]
    public void Score_MidpointWithAClampedFullMark_RoundsUp()
    {
        // C1 2.00075 → .005; C4 250 ≥ F clamps to s = 1 → 15; exact 15.005 → 15.01.
        var card = Scorer.Score(Base.With(ConditionId.VolumeMultiple, 2.00075m).With(ConditionId.ExecutionStrength, 250m));

        Assert.Equal(15.01m, card.Score);
        Assert.Equal(1m, card.SubScores.ExecutionStrength);
    }

    [Fact]
    public void Score_JustBelowAMidpoint_RoundsDown()
    {
        // C4 110.0299: 15 × .0299 ÷ 90 = .0049833… → 0.00 (the exact sum is not inflated either).
        Assert.Equal(0.00m, Scorer.Score(Base.With(ConditionId.ExecutionStrength, 110.0299m)).Score);
    }

    [Fact]
    public void Score_CarriesExactlyTwoDecimalPlaces()
    {
        Assert.Equal("50.00", Scorer.Score(new ConditionVector(3.5m, 0.025m, 0.275m, 155m, 0.0375m, 1.04m)).Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.01", Scorer.Score(Base.With(ConditionId.ExecutionStrength, 110.03m)).Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Screen_ExactScoresRoundToTheSameValue_TieBrokenByTradingValueNotByExactScore()
    {
        // A: C4 110.03 → exact .005 → 0.01; B: C4 110.05 → exact .00833… → 0.01. The rounded scores tie, so the higher
        // day trading value ranks first (A), although B's exact score is higher. C (all at base) scores 0.00.
        var screener = Screener();
        var a = Stock("000010", Base.With(ConditionId.ExecutionStrength, 110.03m), tradingValue: 40_000_000_000m);
        var b = Stock("000020", Base.With(ConditionId.ExecutionStrength, 110.05m), tradingValue: 30_000_000_000m);
        var c = Stock("000030", Base, tradingValue: 60_000_000_000m);

        var result = screener.Screen(Request([c, b, a]));

        Assert.Equal(["000010", "000020", "000030"], result.Candidates.Select(x => x.Code));
        Assert.Equal([0.01m, 0.01m, 0.00m], result.Candidates.Select(x => x.Score));
    }
}
