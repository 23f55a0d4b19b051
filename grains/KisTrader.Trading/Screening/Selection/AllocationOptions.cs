using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Screening.Selection;

/// <summary>The money side of strategy.md §5. Section <c>Strategy:Screening:Allocation</c>. KRW, integer won.</summary>
public sealed class AllocationOptions : IValidatableObject
{
    /// <summary>The most a session spends on buys. Default 10,000,000. Capped by the orderable cash (매수가능금액).</summary>
    [Range(typeof(decimal), "1", "100000000000", ParseLimitsInInvariantCulture = true)]
    public decimal SessionBudget { get; set; } = 10_000_000m;

    /// <summary>Equal split (default) or proportional to score.</summary>
    [EnumDataType(typeof(AllocationMode))]
    public AllocationMode Mode { get; set; } = AllocationMode.Equal;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (decimal.Truncate(SessionBudget) != SessionBudget)
        {
            yield return new ValidationResult("must be a whole number of won", [nameof(SessionBudget)]);
        }
    }
}
