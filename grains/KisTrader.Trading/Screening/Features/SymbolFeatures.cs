using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// The six features of one symbol (strategy.md §2) plus the intermediate figures that explain them. Immutable; the
/// adjustment re-filters these, never the inputs.
/// </summary>
public sealed record SymbolFeatures
{
    /// <summary>The KRX code.</summary>
    public required string Code { get; init; }

    /// <summary>C1 volume multiple.</summary>
    public required FeatureValue VolumeMultiple { get; init; }

    /// <summary>C2 late-session return (fraction).</summary>
    public required FeatureValue LateSessionReturn { get; init; }

    /// <summary>C3 late-session volume share (fraction).</summary>
    public required FeatureValue LateVolumeShare { get; init; }

    /// <summary>C4 execution strength (index).</summary>
    public required FeatureValue ExecutionStrength { get; init; }

    /// <summary>C5 return relative to the market index (fraction).</summary>
    public required FeatureValue RelativeReturn { get; init; }

    /// <summary>C6 close ÷ VWAP (ratio).</summary>
    public required FeatureValue CloseToVwap { get; init; }

    /// <summary>The actual KST late-session cutoff used (14:00 on a normal day).</summary>
    public TimeOnly LateSessionCutoff { get; init; }

    /// <summary>P14: the last traded price before the cutoff, when found.</summary>
    public decimal? PriceAtCutoff { get; init; }

    /// <summary>The VWAP used for C6, when known.</summary>
    public decimal? Vwap { get; init; }

    /// <summary>The stock's day return (close ÷ previous close − 1), when known.</summary>
    public decimal? DayReturn { get; init; }

    /// <summary>The source C4 was taken from.</summary>
    public ExecutionStrengthSource ExecutionStrengthSource { get; init; }

    /// <summary>The feature of one condition.</summary>
    public FeatureValue this[ConditionId id] => id switch
    {
        ConditionId.VolumeMultiple => VolumeMultiple,
        ConditionId.LateSessionReturn => LateSessionReturn,
        ConditionId.LateVolumeShare => LateVolumeShare,
        ConditionId.ExecutionStrength => ExecutionStrength,
        ConditionId.RelativeReturn => RelativeReturn,
        ConditionId.CloseToVwap => CloseToVwap,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown condition"),
    };

    /// <summary>The conditions whose feature has the given state.</summary>
    public ConditionSet InState(FeatureState state)
    {
        var set = ConditionSet.None;
        foreach (var id in ConditionIds.All)
        {
            if (this[id].State == state)
            {
                set |= id.ToSet();
            }
        }

        return set;
    }

    /// <summary>True when all six features are known (the symbol can be scored).</summary>
    public bool IsComplete => InState(FeatureState.Known) == ConditionSet.All;

    /// <summary>The six values; throws unless <see cref="IsComplete"/>.</summary>
    public ConditionVector Values() => IsComplete
        ? ConditionVector.From(id => this[id].Value)
        : throw new InvalidOperationException($"{Code}: features {InState(FeatureState.Known) ^ ConditionSet.All} are not known.");
}
