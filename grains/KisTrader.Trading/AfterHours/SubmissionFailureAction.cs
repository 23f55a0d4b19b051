namespace KisTrader.Trading.AfterHours;

/// <summary>What to do after a failed submission.</summary>
public enum SubmissionFailureAction
{
    /// <summary>Submit again after <see cref="SubmissionFailureDecision.RetryAfter"/>.</summary>
    Retry,

    /// <summary>Technical failure, but retries are exhausted or no time is left: stop and alert.</summary>
    GiveUp,

    /// <summary>Business rejection: never retried; alert.</summary>
    Reject,
}
