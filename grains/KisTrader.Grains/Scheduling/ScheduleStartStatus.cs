namespace KisTrader.Grains.Scheduling;

/// <summary>
/// Whether this silo's start-up step (<see cref="ScheduleStarter"/>) has started the schedule: one per silo (a
/// singleton registered by <c>AddScheduling</c>), read by readiness checks (the front end's <c>/health/ready</c> when it
/// co-hosts the silo). Until the schedule has started no screen runs, so a silo is not ready before it.
/// </summary>
public sealed class ScheduleStartStatus
{
    private volatile bool _started;
    private volatile bool _disabled;
    private volatile string? _lastError;
    private int _failedAttempts;

    /// <summary>The schedule has started (its reminder exists and one wake ran), or it is disabled.</summary>
    public bool IsReady => _started || _disabled;

    /// <summary>The schedule has started on this silo.</summary>
    public bool IsStarted => _started;

    /// <summary><c>KisTrader:Schedule:Enabled</c> is false: this silo does not start it.</summary>
    public bool IsDisabled => _disabled;

    /// <summary>Failed start attempts so far.</summary>
    public int FailedAttempts => Volatile.Read(ref _failedAttempts);

    /// <summary>The exception type of the last failed attempt (never its message: it may carry anything).</summary>
    public string? LastError => _lastError;

    /// <summary>One line for a health check.</summary>
    public string Describe() =>
        _disabled ? "schedule disabled (KisTrader:Schedule:Enabled=false)"
        : _started ? FailedAttempts == 0 ? "schedule started" : $"schedule started after {FailedAttempts} failed attempt(s)"
        : FailedAttempts == 0 ? "schedule not started yet"
        : $"schedule not started: {FailedAttempts} failed attempt(s), last {LastError}; no screen runs until it starts (retrying)";

    internal void Started() => _started = true;

    internal void Disabled() => _disabled = true;

    internal void Failed(Exception exception)
    {
        _lastError = exception.GetType().Name;
        Interlocked.Increment(ref _failedAttempts);
    }
}
