using KisTrader.Trading.Screening;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>
/// The funnel's bound (<see cref="Screener.Assess"/>): "can this symbol still pass at relax 3?" It may keep hopeless
/// symbols while data is missing, but must never prune one that could pass the loosest level.
/// </summary>
public sealed class FunnelBoundTests
{
    private static readonly Screener Screener = Screener();

    [Theory]
    [InlineData(ConditionId.VolumeMultiple, "1.2999", false)]
    [InlineData(ConditionId.VolumeMultiple, "1.3", true)]
    [InlineData(ConditionId.LateSessionReturn, "0.002999", false)]
    [InlineData(ConditionId.LateSessionReturn, "0.003", true)]
    [InlineData(ConditionId.LateVolumeShare, "0.0799995", false)]
    [InlineData(ConditionId.LateVolumeShare, "0.08", true)]
    [InlineData(ConditionId.ExecutionStrength, "94.9999", false)]
    [InlineData(ConditionId.ExecutionStrength, "95", true)]
    [InlineData(ConditionId.RelativeReturn, "-0.000001", false)]
    [InlineData(ConditionId.RelativeReturn, "0", true)]
    [InlineData(ConditionId.CloseToVwap, "0.999999", false)]
    [InlineData(ConditionId.CloseToVwap, "1", true)]
    public void KnownValue_AtOrBelowRelax3(ConditionId id, string value, bool expected)
    {
        var verdict = Screener.Assess(Stock("000001", Base.With(id, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Equal(expected, verdict.CanStillPass);
        Assert.Equal(expected ? ConditionSet.None : id.ToSet(), verdict.FailingAtLoosest);
    }

    [Fact]
    public void QuotesOnly_BarsHistoryAndStrengthMissing_StillPassable()
    {
        // After the first funnel stage only the quote is known: C1–C4 wait for data, C5 and C6 are decided.
        var input = Stock("000001", Base) with { MinuteBars = null, PreviousVolumes = null, BuyInitiatedVolume = null, SellInitiatedVolume = null };

        var verdict = Screener.Assess(input);

        Assert.True(verdict.CanStillPass);
        Assert.Equal(ConditionSet.VolumeMultiple | ConditionSet.LateSessionReturn | ConditionSet.LateVolumeShare | ConditionSet.ExecutionStrength, verdict.Missing);
    }

    [Fact]
    public void QuotesOnly_C6BelowRelax3_PrunedBeforeAnyBarIsFetched()
    {
        var input = Stock("000001", Base.With(ConditionId.CloseToVwap, 0.98m)) with { MinuteBars = null, PreviousVolumes = null };

        var verdict = Screener.Assess(input);

        Assert.False(verdict.CanStillPass);
        Assert.Equal(ConditionSet.CloseToVwap, verdict.FailingAtLoosest);
    }

    [Fact]
    public void NotComputable_Pruned()
    {
        var verdict = Screener.Assess(Stock("000001", Base) with { PreviousVolumes = [1, 2, 3] });

        Assert.False(verdict.CanStillPass);
        Assert.Equal(ConditionSet.VolumeMultiple, verdict.FailingAtLoosest);
    }

    [Fact]
    public void BaseFilterExclusion_Pruned_WithReason()
    {
        var verdict = Screener.Assess(Stock("000001", Base, flags: ListingFlags.Spac));

        Assert.False(verdict.CanStillPass);
        Assert.Null(verdict.Features);
        Assert.Equal(Trading.Screening.Universe.ExclusionReason.Spac, Assert.Single(verdict.Exclusions).Reason);
    }

    [Fact]
    public void RandomMarket_NeverPrunesASymbolThatPassesAnyLevel()
    {
        // 2,000 deterministic symbols on a grid that lands on thresholds; every partial view of a symbol that passes
        // relax 3 must be judged passable, and a complete view passable exactly when it passes relax 3.
        var random = new Random(20261129);
        var passing = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var v = new ConditionVector(
                random.Next(100, 351) / 100m,
                random.Next(-20, 301) / 10_000m,
                random.Next(0, 31) / 100m,
                random.Next(170, 281) / 2m,
                random.Next(-20, 81) / 2_000m,
                random.Next(990, 1_061) / 1_000m);
            var full = Stock($"R{i:00000}", v);
            var strictest = Screener.Ladder.StrictestLevel(Screener.Calculator.Compute(full));
            SymbolDayInput[] partials =
            [
                full,
                full with { MinuteBars = null },
                full with { PreviousVolumes = null },
                full with { BuyInitiatedVolume = null, SellInitiatedVolume = null },
                full with { MinuteBars = [.. full.MinuteBars!.Where(b => b.Start >= new TimeOnly(14, 0))] },
                full with { MinuteBars = [new(new TimeOnly(13, 58), 1m, 1m, 1m, 1m, 0), .. full.MinuteBars!.Where(b => b.Start >= new TimeOnly(14, 0))] },
                full with { MinuteBars = null, PreviousVolumes = null, BuyInitiatedVolume = null, SellInitiatedVolume = null },
            ];

            Assert.Equal(strictest is not null, Screener.Assess(full).CanStillPass);
            if (strictest is not null)
            {
                passing++;
                Assert.NotEmpty(partials);
                Assert.All(partials, p => Assert.True(Screener.Assess(p).CanStillPass, $"{full.Code} {v} pruned"));
            }
        }

        // The grid must exercise both sides of the bound.
        Assert.InRange(passing, 100, 1_900);
    }
}
