namespace KisTrader.Kis.Work;

/// <summary>
/// A <see cref="WorkScope"/> let go of while its work waits (<see cref="WorkScope.Suspend"/>). <see cref="Resume"/> takes
/// the hold back; it is idempotent and may be called from any thread — in particular by whoever ends the wait, in the
/// same step (a rate limiter granting the permit, a timer callback at its due instant), so that the clock cannot move
/// between the end of the wait and the work going on. Disposing resumes too (use it in a <c>finally</c>).
/// </summary>
public sealed class WorkSuspension : IDisposable
{
    private readonly WorkScope _scope;
    private int _resumed;

    internal WorkSuspension(WorkScope scope) => _scope = scope;

    /// <summary>Takes the scope's hold back (once; later calls do nothing).</summary>
    public void Resume()
    {
        if (Interlocked.Exchange(ref _resumed, 1) == 0)
        {
            _scope.ResumeOne();
        }
    }

    /// <summary>Same as <see cref="Resume"/>.</summary>
    public void Dispose() => Resume();
}
