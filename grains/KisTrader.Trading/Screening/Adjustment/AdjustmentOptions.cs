using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Screening.Adjustment;

/// <summary>The target count of passers (strategy.md §4). Section <c>Strategy:Screening:Adjustment</c>.</summary>
public sealed class AdjustmentOptions : IValidatableObject
{
    /// <summary>Fewer passers than this relax the conditions (n ≤ 2 with the default); also the floor under which a tightening is undone. Default 3.</summary>
    [Range(1, 1000)]
    public int MinCandidates { get; set; } = 3;

    /// <summary>More passers than this tighten the conditions (n ≥ 20 with the default); also the most candidates ever kept (top by score). Default 19.</summary>
    [Range(1, 1000)]
    public int MaxCandidates { get; set; } = 19;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinCandidates > MaxCandidates)
        {
            yield return new ValidationResult($"must not exceed {nameof(MaxCandidates)} ({MaxCandidates})", [nameof(MinCandidates)]);
        }
    }
}
