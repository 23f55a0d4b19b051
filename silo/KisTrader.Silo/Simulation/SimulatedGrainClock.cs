using KisTrader.Kis.Simulator.Clock;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Silo.Simulation;

/// <summary>
/// The clock behind Orleans' <c>Grains</c> key in simulator mode. Orleans 10.4.2 times the grain timers of its own
/// system targets through the same key as the application's grain timers — the memory-stream pulling agents poll every
/// 100 ms and other system targets tick every second, which at 600× would be thousands of dispatches a wall second.
/// So a timer (or a read of now) made in a system target's context goes to the wall clock; one made anywhere else (a
/// grain, a grain timer's re-arm) goes to the simulated clock.
/// </summary>
internal sealed class SimulatedGrainClock(SimClock clock, IServiceProvider services) : TimeProvider
{
    // Resolved on first use: resolving it while the container builds the silo's graph can deadlock the container.
    private IGrainContextAccessor? _contexts;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);

    private TimeProvider Current => (_contexts ??= services.GetRequiredService<IGrainContextAccessor>()).GrainContext is SystemTarget ? clock.Wall : clock;
}
