using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace KisTrader.Trading.Screening.Conditions;

/// <summary>
/// One condition's row of the ladder (strategy.md §4), its full mark and its weight (§3), all in the condition's unit
/// (see <see cref="ConditionId"/>). A value passes a level when it is at or above that level's threshold. Looser levels
/// may not be stricter than tighter ones (equal is allowed), which is what makes pruning at relax 3 safe.
/// The defaults live in <see cref="ConditionsOptions"/>.
/// </summary>
public sealed class ConditionOptions : IValidatableObject
{
    /// <summary>Threshold at tighten level 2 (the strictest).</summary>
    public decimal Tighten2 { get; set; }

    /// <summary>Threshold at tighten level 1.</summary>
    public decimal Tighten1 { get; set; }

    /// <summary>Base threshold (§2); also the zero point of the sub-score.</summary>
    public decimal Base { get; set; }

    /// <summary>Threshold at relax level 1.</summary>
    public decimal Relax1 { get; set; }

    /// <summary>Threshold at relax level 2.</summary>
    public decimal Relax2 { get; set; }

    /// <summary>Threshold at relax level 3 (the loosest).</summary>
    public decimal Relax3 { get; set; }

    /// <summary>Full-mark value F (§3): a value at or above it scores a sub-score of 1. Must exceed <see cref="Base"/>.</summary>
    public decimal FullMark { get; set; }

    /// <summary>Weight w in the score (§3). Zero removes the condition from the score (it still filters).</summary>
    [Range(typeof(decimal), "0", "1000", ParseLimitsInInvariantCulture = true)]
    public decimal Weight { get; set; }

    /// <summary>
    /// The condition this row belongs to, set by <see cref="ConditionsOptions"/> (not configuration): it selects the
    /// plausible domain every value is checked against. Null for a free-standing row (no domain check).
    /// </summary>
    internal ConditionId? Condition { get; set; }

    /// <summary>The threshold of one level.</summary>
    public decimal ThresholdAt(ScreeningLevel level) => level switch
    {
        ScreeningLevel.Tighten2 => Tighten2,
        ScreeningLevel.Tighten1 => Tighten1,
        ScreeningLevel.Base => Base,
        ScreeningLevel.Relax1 => Relax1,
        ScreeningLevel.Relax2 => Relax2,
        ScreeningLevel.Relax3 => Relax3,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown level"),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var levels = ScreeningLevels.All;
        for (var i = 1; i < levels.Length; i++)
        {
            var looser = levels[i];
            var stricter = levels[i - 1];
            if (ThresholdAt(looser) > ThresholdAt(stricter))
            {
                yield return new ValidationResult(
                    $"must not exceed {stricter} ({Format(ThresholdAt(stricter))}): a looser level may not be stricter",
                    [looser.ToString()]);
            }
        }

        if (Condition is { } id)
        {
            var (min, max) = ConditionsOptions.Domain(id);
            var values = levels.Select(l => (Name: l.ToString(), Value: ThresholdAt(l))).Append((Name: nameof(FullMark), Value: FullMark));
            foreach (var (name, value) in values.Where(v => v.Value < min || v.Value > max))
            {
                yield return new ValidationResult(
                    $"{id.Label()} value {Format(value)} must be between {Format(min)} and {Format(max)} ({ConditionsOptions.Unit(id)})", [name]);
            }
        }

        if (FullMark <= Base)
        {
            yield return new ValidationResult($"must be greater than {nameof(Base)} ({Format(Base)})", [nameof(FullMark)]);
        }
    }

    /// <summary>"Tighten2 3.0, …, Relax3 1.3, FullMark 5.0, Weight 20" (invariant).</summary>
    public override string ToString() =>
        string.Join(", ", ScreeningLevels.All.Select(l => $"{l} {Format(ThresholdAt(l))}")) +
        $", {nameof(FullMark)} {Format(FullMark)}, {nameof(Weight)} {Format(Weight)}";

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
