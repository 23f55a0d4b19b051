namespace KisTrader.Trading.Sessions;

/// <summary>
/// The lifecycle's answer to a check of a session after its screen (<see cref="SessionLifecycle.Advance"/>).
/// </summary>
/// <param name="Phase">The phase after the check (the same phase when nothing changes).</param>
/// <param name="Changed">True when the phase changes.</param>
/// <param name="NotFlat">
/// True when the session closes after the exit day's close (and its grace) with positions that are not flat: the grain raises an alert
/// naming them (strategy.md §7: every position is flat by 15:30).
/// </param>
/// <param name="NextCheck">When to check again; null once the session is closed.</param>
public sealed record SessionStep(SessionPhase Phase, bool Changed, bool NotFlat, DateTimeOffset? NextCheck);
