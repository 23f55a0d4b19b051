using KisTrader.Trading.Screening.Conditions;
using static KisTrader.Trading.Tests.Screening.ScreeningTestData;

namespace KisTrader.Trading.Tests.Screening;

/// <summary>Every threshold of every level (strategy.md §4 table), at, one unit below and one unit above its value.</summary>
public sealed class ThresholdTests
{
    /// <summary>The smallest step the builder can express exactly for each condition (1 share for C1 and C3, 1 buy share for C4).</summary>
    private static decimal Step(ConditionId id) => id switch
    {
        ConditionId.VolumeMultiple => 0.000001m,
        ConditionId.LateVolumeShare => 0.0000005m,
        ConditionId.ExecutionStrength => 0.0001m,
        _ => 0.000001m,
    };

    public static TheoryData<ConditionId, ScreeningLevel, int> Cases()
    {
        var data = new TheoryData<ConditionId, ScreeningLevel, int>();
        foreach (var id in ConditionIds.All)
        {
            foreach (var level in ScreeningLevels.All)
            {
                data.Add(id, level, -1);
                data.Add(id, level, 0);
                data.Add(id, level, +1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Condition_AtBelowAbove_PassesExactlyFromTheThresholdUp(ConditionId id, ScreeningLevel level, int direction)
    {
        var screener = Screener();
        var target = Table(level)[id] + (direction * Step(id));
        // C1 varies the day volume by one share; a zero late share keeps C3 a whole number of shares.
        var others = id == ConditionId.VolumeMultiple ? Base.With(ConditionId.LateVolumeShare, 0m) : Base;
        var features = screener.Calculator.Compute(Stock("005930", others.With(id, target)));

        Assert.Equal(target, features[id].Value);
        Assert.Equal(direction >= 0, screener.Ladder.Passing(features, level).Contains(id));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AllSix_OneJustBelowTheLevel_SymbolFailsThatLevelOnly(ConditionId id, ScreeningLevel level, int direction)
    {
        var screener = Screener();
        // Steps that keep every share count whole at every level's day volume (1.3–3.0 million shares).
        var step = id switch
        {
            ConditionId.VolumeMultiple => 0.0001m,
            ConditionId.LateVolumeShare => 0.00001m,
            _ => Step(id),
        };
        var values = Table(level).With(id, Table(level)[id] + (direction * step));

        var features = screener.Calculator.Compute(Stock("000660", values));

        ScreeningLevel? expected = direction >= 0 ? level : level == ScreeningLevels.Loosest ? null : level + 1;
        Assert.Equal(expected, screener.Ladder.StrictestLevel(features));
        Assert.Equal(direction >= 0 ? ConditionSet.All : ConditionSet.All & ~id.ToSet(), screener.Ladder.Passing(features, level));
    }

    [Fact]
    public void Ladder_Thresholds_AreTheSpecTable()
    {
        var ladder = Screener().Ladder;

        foreach (var level in ScreeningLevels.All)
        {
            Assert.Equal(Table(level), ladder.Thresholds(level));
        }
    }
}
