using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Screening.Features;

/// <summary>How the features of strategy.md §2 are computed. Section <c>Strategy:Screening:Features</c>.</summary>
public sealed class FeatureOptions : IValidatableObject
{
    /// <summary>
    /// C1's history: the number of previous trading days whose mean volume is the divisor. Default 20. A symbol with
    /// fewer days of history is not computable for C1 (it fails), never compared with a shorter mean.
    /// </summary>
    [Range(1, 250)]
    public int VolumeHistoryDays { get; set; } = 20;

    /// <summary>
    /// The start of the late session (base KST time): P14 is the last traded price before it (C2) and C3 counts the
    /// volume from it to the close. Default 14:00. On special-schedule days it moves with the close through
    /// <see cref="Calendar.TradingDaySchedule"/>.
    /// </summary>
    public TimeOnly LateSessionStart { get; set; } = new(14, 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The late session must lie inside the regular session (base 09:00–15:30), on whole minutes so that no
        // 1-minute bar straddles it.
        if (LateSessionStart <= new TimeOnly(9, 0) || LateSessionStart >= new TimeOnly(15, 30))
        {
            yield return new ValidationResult("must be after 09:00 and before 15:30", [nameof(LateSessionStart)]);
        }
        else if (LateSessionStart.Second != 0 || LateSessionStart.Millisecond != 0 || LateSessionStart.Microsecond != 0)
        {
            yield return new ValidationResult("must be on a whole minute", [nameof(LateSessionStart)]);
        }
    }
}
