using System.ComponentModel.DataAnnotations;
using KisTrader.Trading.Exits;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// After-hours single-price buying (시간외 단일가, strategy.md §6). Section <c>Strategy:AfterHours</c>. Times are
/// <em>base</em> KST times mapped through the day's <see cref="Calendar.TradingDaySchedule"/>; ratios are fractions of
/// the day's close (0.02 = +2%). Note: configuration binding appends a configured <see cref="Checkpoints"/> list to
/// the default one; validation then fails on the unordered list, so configure all checkpoints or none.
/// </summary>
public sealed class AfterHoursOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Strategy:AfterHours";

    /// <summary>Start of the after-hours single-price session. Default 16:00.</summary>
    public TimeOnly SessionStart { get; set; } = new(16, 0);

    /// <summary>End of the session: unfilled orders are recorded as expired. Default 18:00.</summary>
    public TimeOnly SessionEnd { get; set; } = new(18, 0);

    /// <summary>The checkpoints at which buy decisions are taken, ascending. Default 16:00, 16:30, 17:00, 17:30.</summary>
    public List<TimeOnly> Checkpoints { get; set; } = [new(16, 0), new(16, 30), new(17, 0), new(17, 30)];

    /// <summary>Signal threshold at the first checkpoint: buy when (observed − close) ÷ close ≥ it. Default 0.02 (+2.0%).</summary>
    [Range(typeof(decimal), "0.0001", "0.10", ParseLimitsInInvariantCulture = true)]
    public decimal InitialThreshold { get; set; } = 0.02m;

    /// <summary>How much the threshold is lowered after a checkpoint without any signal. Default 0.005 (0.5 pp).</summary>
    [Range(typeof(decimal), "0", "0.10", ParseLimitsInInvariantCulture = true)]
    public decimal ThresholdStep { get; set; } = 0.005m;

    /// <summary>The threshold is never lowered below this. Default 0.01 (+1.0%).</summary>
    [Range(typeof(decimal), "0.0001", "0.10", ParseLimitsInInvariantCulture = true)]
    public decimal ThresholdFloor { get; set; } = 0.01m;

    /// <summary>A selected symbol whose change is at or below this at a checkpoint is dropped for a backup. Default −0.02 (−2.0%).</summary>
    [Range(typeof(decimal), "-0.10", "-0.0001", ParseLimitsInInvariantCulture = true)]
    public decimal BackupDropTrigger { get; set; } = -0.02m;

    /// <summary>Whether to re-run the screen one relax level looser when nothing was bought by <see cref="ResearchCheckpoint"/>. Default true.</summary>
    public bool ResearchEnabled { get; set; } = true;

    /// <summary>The checkpoint after which, with nothing bought, the re-search is requested. Default 17:00.</summary>
    public TimeOnly ResearchCheckpoint { get; set; } = new(17, 0);

    /// <summary>How many relax levels looser the re-search screens. Default 1.</summary>
    [Range(1, 3)]
    public int ResearchRelaxLevels { get; set; } = 1;

    /// <summary>Retries of technically failed order submissions.</summary>
    [Required]
    public SubmissionRetryOptions Submission { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SessionEnd <= SessionStart)
        {
            yield return new ValidationResult($"must be later than {nameof(SessionStart)}", [nameof(SessionEnd)]);
        }

        if (Checkpoints is null || Checkpoints.Count == 0)
        {
            yield return new ValidationResult("at least one checkpoint is required", [nameof(Checkpoints)]);
            yield break;
        }

        for (var i = 0; i < Checkpoints.Count; i++)
        {
            if (i > 0 && Checkpoints[i] <= Checkpoints[i - 1])
            {
                yield return new ValidationResult(
                    $"checkpoint {i} ({DecisionText.Time(Checkpoints[i])}) must be later than checkpoint {i - 1} ({DecisionText.Time(Checkpoints[i - 1])})",
                    [nameof(Checkpoints)]);
            }

            if (Checkpoints[i] < SessionStart || Checkpoints[i] >= SessionEnd)
            {
                yield return new ValidationResult(
                    $"checkpoint {i} ({DecisionText.Time(Checkpoints[i])}) must lie in the session [{DecisionText.Time(SessionStart)}, {DecisionText.Time(SessionEnd)})",
                    [nameof(Checkpoints)]);
            }
        }

        if (ThresholdFloor > InitialThreshold)
        {
            yield return new ValidationResult($"must not exceed {nameof(InitialThreshold)} ({InitialThreshold})", [nameof(ThresholdFloor)]);
        }

        if (ResearchEnabled)
        {
            var index = Checkpoints.IndexOf(ResearchCheckpoint);
            if (index < 0 || index == Checkpoints.Count - 1)
            {
                yield return new ValidationResult(
                    "must be one of the checkpoints other than the last, so the new symbols can be evaluated at a later one",
                    [nameof(ResearchCheckpoint)]);
            }
        }
    }
}
