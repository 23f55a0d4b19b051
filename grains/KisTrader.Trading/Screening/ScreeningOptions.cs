using System.ComponentModel.DataAnnotations;
using KisTrader.Trading.Screening.Adjustment;
using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Screening.Universe;

namespace KisTrader.Trading.Screening;

/// <summary>
/// Everything the screen needs (strategy.md §1–§5), section <c>Strategy:Screening</c>. Every default equals the
/// strategy page. Units of the condition values: see <see cref="ConditionsOptions"/>.
/// </summary>
public sealed class ScreeningOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy:Screening";

    /// <summary>Base filters (§1).</summary>
    public UniverseOptions Universe { get; set; } = new();

    /// <summary>Feature computation (§2): C1 history length, late-session start.</summary>
    public FeatureOptions Features { get; set; } = new();

    /// <summary>The six conditions: ladder thresholds (§4), full marks and weights (§3).</summary>
    public ConditionsOptions Conditions { get; set; } = new();

    /// <summary>Target count of passers (§4).</summary>
    public AdjustmentOptions Adjustment { get; set; } = new();

    /// <summary>Selected and backup counts (§5).</summary>
    public SelectionOptions Selection { get; set; } = new();

    /// <summary>Budget and its split (§5).</summary>
    public AllocationOptions Allocation { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        (string Name, object? Value)[] sections =
        [
            (nameof(Universe), Universe), (nameof(Features), Features), (nameof(Conditions), Conditions),
            (nameof(Adjustment), Adjustment), (nameof(Selection), Selection), (nameof(Allocation), Allocation),
        ];
        foreach (var (name, value) in sections.Where(s => s.Value is null))
        {
            yield return new ValidationResult("is required", [name]);
        }

        // Backups are drawn from the kept candidates, of which there are at most MaxCandidates: a larger
        // selection plus backups could never be filled and hides a configuration mistake.
        if (Selection is not null && Adjustment is not null
            && Selection.SelectedCount + Selection.BackupCount > Adjustment.MaxCandidates)
        {
            yield return new ValidationResult(
                $"SelectedCount + BackupCount must not exceed Adjustment:MaxCandidates ({Adjustment.MaxCandidates})", [nameof(Selection)]);
        }
    }
}
