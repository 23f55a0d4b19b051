using KisTrader.Trading.Exits;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.AfterHours;

/// <summary>
/// Classifies a failed order submission (strategy.md §6): technical failures are retried up to
/// <see cref="SubmissionRetryOptions.MaxRetries"/> times with exponential backoff; business rejections are never
/// retried and raise an alert. Attempts are 1-based: attempt 1 is the first submission, so with 3 retries
/// attempts 1–3 may be retried and a failed attempt 4 gives up.
/// </summary>
public sealed class SubmissionFailurePolicy
{
    public SubmissionFailurePolicy(SubmissionRetryOptions options)
    {
        Options = OptionsValidation.ThrowIfInvalid(options, AfterHoursOptions.Section + ":" + nameof(AfterHoursOptions.Submission));
    }

    /// <summary>The validated options.</summary>
    public SubmissionRetryOptions Options { get; }

    /// <summary>True for the kinds that are the broker's business answer rather than a technical failure.</summary>
    public static bool IsBusinessRejection(SubmissionFailureKind kind) =>
        kind is SubmissionFailureKind.InsufficientCash or SubmissionFailureKind.PriceOutOfRange or SubmissionFailureKind.BusinessRejection;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based): initial × multiplier^(retry−1), at most the maximum.</summary>
    public TimeSpan DelayBeforeRetry(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var ticks = (decimal)Options.InitialDelay.Ticks;
        for (var i = 1; i < retry && ticks < Options.MaxDelay.Ticks; i++)
        {
            ticks *= Options.BackoffMultiplier;
        }

        return ticks >= Options.MaxDelay.Ticks ? Options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>
    /// Decides after attempt <paramref name="failedAttempt"/> failed with <paramref name="kind"/>. With a
    /// <paramref name="deadline"/> (e.g. the after-hours session end), a retry that could not start before it gives up.
    /// </summary>
    public SubmissionFailureDecision Decide(
        SubmissionFailureKind kind, int failedAttempt, DateTimeOffset? now = null, DateTimeOffset? deadline = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempt, 1);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown failure kind");
        }

        if (IsBusinessRejection(kind))
        {
            return new SubmissionFailureDecision(SubmissionFailureAction.Reject, TimeSpan.Zero, false, true,
                $"{kind} is a business rejection: not retried");
        }

        var verify = kind is SubmissionFailureKind.Timeout or SubmissionFailureKind.TransportError;
        if (failedAttempt > Options.MaxRetries)
        {
            return new SubmissionFailureDecision(SubmissionFailureAction.GiveUp, TimeSpan.Zero, verify, true,
                $"{kind} on attempt {failedAttempt}: all {Options.MaxRetries} retries used");
        }

        var delay = DelayBeforeRetry(failedAttempt);
        if (now is { } n && deadline is { } d && n + delay >= d)
        {
            return new SubmissionFailureDecision(SubmissionFailureAction.GiveUp, TimeSpan.Zero, verify, true,
                $"{kind} on attempt {failedAttempt}: a retry after {DecisionText.Seconds(delay)} would not start before the deadline");
        }

        return new SubmissionFailureDecision(SubmissionFailureAction.Retry, delay, verify, false,
            $"{kind} on attempt {failedAttempt}: retry {failedAttempt} of {Options.MaxRetries} after {DecisionText.Seconds(delay)}"
            + (verify ? ", after checking the order does not already exist" : string.Empty));
    }
}
