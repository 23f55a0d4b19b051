namespace KisTrader.Kis.Work;

/// <summary>
/// A clock that work can hold: while any hold is taken, time on it does not pass. The one-process run's simulated clock
/// provides one (docs/simulated-time.md, "The work hold"); a host on the wall clock (production) registers none, and then
/// every <see cref="WorkScope"/> operation is a no-op.
/// </summary>
public interface IWorkClock
{
    /// <summary>Stops the clock until the returned handle is disposed (holds nest; disposing a handle twice releases once).</summary>
    IDisposable Hold();
}
