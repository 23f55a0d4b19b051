namespace KisTrader.Trading.AfterHours;

/// <summary>The verdict on a failed submission.</summary>
/// <param name="Action">Retry, give up or reject.</param>
/// <param name="RetryAfter">For a retry, how long to wait first; otherwise zero.</param>
/// <param name="VerifyBeforeRetry">
/// True when the failed attempt may have reached the broker (timeout, transport error): look the order up in the
/// day's orders (inquire-daily-ccld) before submitting again, and do not resubmit if it exists.
/// </param>
/// <param name="RaiseAlert">True when the user must be told (every give-up and rejection).</param>
/// <param name="Reason">A human-readable explanation.</param>
public sealed record SubmissionFailureDecision(
    SubmissionFailureAction Action,
    TimeSpan RetryAfter,
    bool VerifyBeforeRetry,
    bool RaiseAlert,
    string Reason);
