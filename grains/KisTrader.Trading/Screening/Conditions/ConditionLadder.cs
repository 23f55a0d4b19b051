using System.Collections.Immutable;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// The thresholds of every level (strategy.md §4), frozen from options, and the pass tests. A condition passes a level
/// when its feature is known and at or above that level's threshold; a symbol passes a level when all six pass.
/// Thresholds are monotone (validated), so passing is monotone too: what passes a level passes every looser one.
/// </summary>
public sealed class ConditionLadder
{
    private readonly ImmutableArray<ConditionVector> _thresholds;

    /// <summary>A ladder from validated conditions options.</summary>
    public ConditionLadder(ConditionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _thresholds = [.. ScreeningLevels.All.Select(options.ThresholdsAt)];
    }

    /// <summary>The six thresholds of a level.</summary>
    public ConditionVector Thresholds(ScreeningLevel level) => _thresholds[(int)level];

    /// <summary>The conditions the features pass at a level (a missing or not computable feature never passes).</summary>
    public ConditionSet Passing(SymbolFeatures features, ScreeningLevel level)
    {
        ArgumentNullException.ThrowIfNull(features);
        var thresholds = Thresholds(level);
        var set = ConditionSet.None;
        foreach (var id in ConditionIds.All)
        {
            if (features[id].Meets(thresholds[id]))
            {
                set |= id.ToSet();
            }
        }

        return set;
    }

    /// <summary>The strictest level at which all six conditions pass, or null when even relax 3 fails.</summary>
    public ScreeningLevel? StrictestLevel(SymbolFeatures features) => Classify(features).Strictest;

    /// <summary>
    /// The funnel's bound: false only when a known feature is below its relax-3 threshold or a feature is not
    /// computable. Such a symbol fails every level (thresholds are monotone, relax 3 is the loosest), including a
    /// re-search one level looser, so dropping it can never lose a candidate. Missing features count as passable.
    /// </summary>
    public bool CanStillPass(SymbolFeatures features) => FailingAtLoosest(features) == ConditionSet.None;

    /// <summary>The conditions that already rule the symbol out at relax 3 (known and below, or not computable).</summary>
    public ConditionSet FailingAtLoosest(SymbolFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var loosest = Thresholds(ScreeningLevels.Loosest);
        var failing = ConditionSet.None;
        foreach (var id in ConditionIds.All)
        {
            var f = features[id];
            if (f.State == FeatureState.NotComputable || (f.IsKnown && f.Value < loosest[id]))
            {
                failing |= id.ToSet();
            }
        }

        return failing;
    }

    /// <summary>Each condition's strictest passing level, computed once; every level test is then a comparison.</summary>
    internal LadderPosition Classify(SymbolFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var position = default(LadderPosition);
        foreach (var id in ConditionIds.All)
        {
            var f = features[id];
            var level = LadderPosition.Fails;
            if (f.IsKnown)
            {
                for (var l = 0; l < _thresholds.Length; l++)
                {
                    if (f.Value >= _thresholds[l][id])
                    {
                        level = l;
                        break;
                    }
                }
            }

            position = position.With(id, level);
        }

        return position;
    }
}
