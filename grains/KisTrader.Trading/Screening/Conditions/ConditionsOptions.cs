using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// The six core conditions (strategy.md §2–§4), section <c>Strategy:Screening:Conditions</c>, one
/// <see cref="ConditionOptions"/> per condition holding its ladder thresholds, full mark and weight.
/// Units: C1 a multiple; C2, C3 and C5 fractions (0.01 = 1%, 0.015 = 1.5 percentage points); C4 the 체결강도 index
/// (110); C6 a ratio (1.02 = 102%). Every value of a condition must lie in its plausible domain, which catches
/// percent-for-fraction mistakes (e.g. C3 written as 15 instead of 0.15).
/// </summary>
public sealed class ConditionsOptions : IValidatableObject
{
    private ConditionOptions _volumeMultiple = Tag(Row(3.0m, 2.5m, 2.0m, 1.7m, 1.5m, 1.3m, 5.0m, 20m), ConditionId.VolumeMultiple);
    private ConditionOptions _lateSessionReturn = Tag(Row(0.020m, 0.015m, 0.010m, 0.007m, 0.005m, 0.003m, 0.04m, 20m), ConditionId.LateSessionReturn);
    private ConditionOptions _lateVolumeShare = Tag(Row(0.20m, 0.18m, 0.15m, 0.12m, 0.10m, 0.08m, 0.40m, 15m), ConditionId.LateVolumeShare);
    private ConditionOptions _executionStrength = Tag(Row(130m, 120m, 110m, 105m, 100m, 95m, 200m, 15m), ConditionId.ExecutionStrength);
    private ConditionOptions _relativeReturn = Tag(Row(0.030m, 0.020m, 0.015m, 0.010m, 0.005m, 0.000m, 0.06m, 15m), ConditionId.RelativeReturn);
    private ConditionOptions _closeToVwap = Tag(Row(1.04m, 1.03m, 1.02m, 1.01m, 1.005m, 1.00m, 1.06m, 15m), ConditionId.CloseToVwap);

    /// <summary>C1 volume multiple. Defaults: 3.0 / 2.5 / 2.0 / 1.7 / 1.5 / 1.3, full mark 5.0, weight 20. Domain [0, 1000].</summary>
    public ConditionOptions VolumeMultiple
    {
        get => _volumeMultiple;
        set => _volumeMultiple = Tag(value, ConditionId.VolumeMultiple);
    }

    /// <summary>C2 late-session return (fraction). Defaults: 2.0% / 1.5% / 1.0% / 0.7% / 0.5% / 0.3%, full mark 4.0%, weight 20. Domain [−0.3, 0.3].</summary>
    public ConditionOptions LateSessionReturn
    {
        get => _lateSessionReturn;
        set => _lateSessionReturn = Tag(value, ConditionId.LateSessionReturn);
    }

    /// <summary>C3 late-session volume share (fraction). Defaults: 20% / 18% / 15% / 12% / 10% / 8%, full mark 40%, weight 15. Domain [0, 1].</summary>
    public ConditionOptions LateVolumeShare
    {
        get => _lateVolumeShare;
        set => _lateVolumeShare = Tag(value, ConditionId.LateVolumeShare);
    }

    /// <summary>C4 execution strength (index). Defaults: 130 / 120 / 110 / 105 / 100 / 95, full mark 200, weight 15. Domain [0, 1000].</summary>
    public ConditionOptions ExecutionStrength
    {
        get => _executionStrength;
        set => _executionStrength = Tag(value, ConditionId.ExecutionStrength);
    }

    /// <summary>C5 relative return (fraction of percentage points). Defaults: 3.0 / 2.0 / 1.5 / 1.0 / 0.5 / 0.0 pp, full mark 6.0 pp, weight 15. Domain [−0.3, 0.3].</summary>
    public ConditionOptions RelativeReturn
    {
        get => _relativeReturn;
        set => _relativeReturn = Tag(value, ConditionId.RelativeReturn);
    }

    /// <summary>C6 close ÷ VWAP (ratio). Defaults: 104% / 103% / 102% / 101% / 100.5% / 100%, full mark 106%, weight 15. Domain [0.5, 2].</summary>
    public ConditionOptions CloseToVwap
    {
        get => _closeToVwap;
        set => _closeToVwap = Tag(value, ConditionId.CloseToVwap);
    }

    /// <summary>The options of one condition.</summary>
    public ConditionOptions this[ConditionId id] => id switch
    {
        ConditionId.VolumeMultiple => VolumeMultiple,
        ConditionId.LateSessionReturn => LateSessionReturn,
        ConditionId.LateVolumeShare => LateVolumeShare,
        ConditionId.ExecutionStrength => ExecutionStrength,
        ConditionId.RelativeReturn => RelativeReturn,
        ConditionId.CloseToVwap => CloseToVwap,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown condition"),
    };

    /// <summary>The six thresholds of one level.</summary>
    public ConditionVector ThresholdsAt(ScreeningLevel level) => ConditionVector.From(c => this[c].ThresholdAt(level));

    /// <summary>The six full marks.</summary>
    public ConditionVector FullMarks() => ConditionVector.From(c => this[c].FullMark);

    /// <summary>The six weights.</summary>
    public ConditionVector Weights() => ConditionVector.From(c => this[c].Weight);

    /// <summary>The plausible domain of a condition's thresholds and full mark.</summary>
    public static (decimal Min, decimal Max) Domain(ConditionId id) => id switch
    {
        ConditionId.VolumeMultiple => (0m, 1000m),
        ConditionId.LateSessionReturn => (-0.3m, 0.3m),
        ConditionId.LateVolumeShare => (0m, 1m),
        ConditionId.ExecutionStrength => (0m, 1000m),
        ConditionId.RelativeReturn => (-0.3m, 0.3m),
        ConditionId.CloseToVwap => (0.5m, 2m),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown condition"),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Each row checks its own values against its condition's domain (ConditionOptions.Validate), so the message
        // names the exact setting, e.g. Strategy:Screening:Conditions:LateVolumeShare:Base.
        var weightSum = 0m;
        foreach (var id in ConditionIds.All)
        {
            var row = this[id];
            if (row is null)
            {
                yield return new ValidationResult("is required", [id.ToString()]);
                continue;
            }

            weightSum += row.Weight;
        }

        if (weightSum <= 0)
        {
            yield return new ValidationResult("the weights must not all be zero", [nameof(VolumeMultiple)]);
        }
    }

    /// <summary>How a condition's values are written (for validation messages).</summary>
    public static string Unit(ConditionId id) => id switch
    {
        ConditionId.VolumeMultiple => "a multiple: 2.0 = twice the 20-day mean",
        ConditionId.ExecutionStrength => "an index: 110 = buy volume 1.1 × sell volume",
        ConditionId.CloseToVwap => "a ratio: 1.02 = 102%",
        _ => "a fraction: 0.01 = 1%",
    };

    private static ConditionOptions Tag(ConditionOptions row, ConditionId id)
    {
        // A null row stays null: Validate reports it by name.
        if (row is not null)
        {
            row.Condition = id;
        }

        return row!;
    }

    private static ConditionOptions Row(
        decimal tighten2, decimal tighten1, decimal @base, decimal relax1, decimal relax2, decimal relax3, decimal fullMark, decimal weight) => new()
        {
            Tighten2 = tighten2,
            Tighten1 = tighten1,
            Base = @base,
            Relax1 = relax1,
            Relax2 = relax2,
            Relax3 = relax3,
            FullMark = fullMark,
            Weight = weight,
        };
}
