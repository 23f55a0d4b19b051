namespace KisTrader.Kis.Simulator.Clock;

/// <summary>One timer callback dispatched by <see cref="SimClock"/> (see <see cref="SimClock.Dispatched"/>).</summary>
/// <param name="TimerId">The timer (unique per process).</param>
/// <param name="Due">The simulated instant it was due at.</param>
/// <param name="At">The simulated now when its callback was invoked: equal to <paramref name="Due"/>, since simulated time does not pass an undispatched due instant.</param>
/// <param name="Interval">Its period, or for a one-shot timer the due time it was armed with.</param>
/// <param name="Periodic">Whether it has a period.</param>
public sealed record SimTimerDispatch(long TimerId, DateTimeOffset Due, DateTimeOffset At, TimeSpan Interval, bool Periodic);
