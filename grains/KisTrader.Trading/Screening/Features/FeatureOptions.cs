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

    /// <summary>
    /// The first minute bar of a normal day (base KST; KIS pages down to <c>090000</c>). Default 09:00. When no bar
    /// before the cutoff traded, C2 is "no trade" only if the supplied bars reach back to this minute; otherwise the
    /// earlier bars were not fetched and C2 is missing. Moves with the open on special days.
    /// </summary>
    public TimeOnly SessionOpen { get; set; } = new(9, 0);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // The late session must lie inside the regular session (open–15:30), on whole minutes so that no 1-minute bar
        // straddles it.
        if (SessionOpen < new TimeOnly(8, 0) || SessionOpen > new TimeOnly(11, 0) || !WholeMinute(SessionOpen))
        {
            yield return new ValidationResult("must be a whole minute from 08:00 to 11:00", [nameof(SessionOpen)]);
        }

        if (LateSessionStart <= SessionOpen || LateSessionStart >= new TimeOnly(15, 30))
        {
            yield return new ValidationResult($"must be after {nameof(SessionOpen)} ({SessionOpen:HH\\:mm}) and before 15:30", [nameof(LateSessionStart)]);
        }
        else if (!WholeMinute(LateSessionStart))
        {
            yield return new ValidationResult("must be on a whole minute", [nameof(LateSessionStart)]);
        }
    }

    private static bool WholeMinute(TimeOnly t) => t.Second == 0 && t.Millisecond == 0 && t.Microsecond == 0;
}
