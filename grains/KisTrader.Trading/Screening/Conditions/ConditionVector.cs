using System.Globalization;

namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// Six decimals, one per condition (C1 … C6), in each condition's unit (see <see cref="ConditionId"/>): used for a
/// level's thresholds, the full marks, the weights, a candidate's values and its sub-scores. Immutable and
/// allocation-free.
/// </summary>
public readonly record struct ConditionVector(
    decimal VolumeMultiple,
    decimal LateSessionReturn,
    decimal LateVolumeShare,
    decimal ExecutionStrength,
    decimal RelativeReturn,
    decimal CloseToVwap)
{
    /// <summary>The component of one condition.</summary>
    public decimal this[ConditionId id] => id switch
    {
        ConditionId.VolumeMultiple => VolumeMultiple,
        ConditionId.LateSessionReturn => LateSessionReturn,
        ConditionId.LateVolumeShare => LateVolumeShare,
        ConditionId.ExecutionStrength => ExecutionStrength,
        ConditionId.RelativeReturn => RelativeReturn,
        ConditionId.CloseToVwap => CloseToVwap,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown condition"),
    };

    /// <summary>Builds a vector from a function of the condition.</summary>
    public static ConditionVector From(Func<ConditionId, decimal> component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return new(
            component(ConditionId.VolumeMultiple),
            component(ConditionId.LateSessionReturn),
            component(ConditionId.LateVolumeShare),
            component(ConditionId.ExecutionStrength),
            component(ConditionId.RelativeReturn),
            component(ConditionId.CloseToVwap));
    }

    /// <summary>A copy with one component replaced.</summary>
    public ConditionVector With(ConditionId id, decimal value)
    {
        var self = this;
        return From(c => c == id ? value : self[c]);
    }

    /// <summary>"C1 2.0, C2 0.01, …" with invariant formatting (for logs, journal and validation messages).</summary>
    public override string ToString()
    {
        var self = this;
        return string.Join(", ", ConditionIds.All.Select(c => $"{c.Label()} {self[c].ToString(CultureInfo.InvariantCulture)}"));
    }
}
