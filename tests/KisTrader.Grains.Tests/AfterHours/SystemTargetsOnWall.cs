using KisTrader.Kis.Simulator.Clock;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// The after-hours harness' clock behind Orleans' <c>Grains</c> key, as the one-process run has it
/// (silo/KisTrader.Silo/Simulation/SimulatedGrainClock.cs, docs/simulated-time.md): Orleans 10.4.2 times the grain timers
/// of its own system targets — the memory-stream pulling agents that carry <c>ticks/&lt;symbol&gt;</c> to the symbol
/// grains — through the same key as the application's grain timers. On the paused simulated clock those agents would
/// poll only when the test moves the clock, so a tick published between two moves would wait for the next one. A timer
/// made in a system target's context therefore runs on the wall clock; any other (the board's checkpoint timer) on the
/// simulated clock.
/// </summary>
internal sealed class SystemTargetsOnWall(SimClock clock, IServiceProvider services) : TimeProvider
{
    private IGrainContextAccessor? _contexts;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);

    private TimeProvider Current => (_contexts ??= services.GetRequiredService<IGrainContextAccessor>()).GrainContext is SystemTarget ? clock.Wall : clock;
}
