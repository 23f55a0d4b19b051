using KisTrader.Trading.Sessions;

namespace KisTrader.GrainInterfaces;

/// <summary>What a schedule action did, as data (<see cref="ScheduleActionView.Result"/>): the front ends word it.</summary>
/// <param name="Kind">What it came to; it names the fields filled.</param>
/// <param name="Phase">The session's phase after the call (answered, restarted, found screening), else null.</param>
/// <param name="Attempt">The session's screen attempts after the call, else null.</param>
/// <param name="StagesDone">Found screening: the funnel stages finished so far, else null.</param>
/// <param name="SessionError">The session's last failed attempt (<see cref="SessionStatus.LastError"/>, as the session reports it), or null.</param>
/// <param name="ErrorType">A failed call or calendar refresh: the exception's type name (never its message), else null.</param>
/// <param name="Late">Too late: how long after its due instant the screen came up, else null.</param>
/// <param name="Limit">Too late: the catch-up window; a timed-out calendar refresh: the timeout; else null.</param>
/// <param name="BrokerDays">Calendar refreshed: the days the broker answered; refresh failed or timed out: the broker days kept; else null.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.ScheduleActionResult")]
public sealed record ScheduleActionResult(
    [property: Id(0)] ScheduleResultKind Kind,
    [property: Id(1)] SessionPhase? Phase = null,
    [property: Id(2)] int? Attempt = null,
    [property: Id(3)] int? StagesDone = null,
    [property: Id(4)] string? SessionError = null,
    [property: Id(5)] string? ErrorType = null,
    [property: Id(6)] TimeSpan? Late = null,
    [property: Id(7)] TimeSpan? Limit = null,
    [property: Id(8)] int? BrokerDays = null)
{
    /// <summary>The session answered a call: its phase, attempts and last error.</summary>
    public static ScheduleActionResult Answered(ScheduleResultKind kind, SessionStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(kind, status.Phase, status.Attempts, SessionError: status.LastError);
    }
}
