using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Infrastructure;

/// <summary>
/// The test's clock behind Orleans' <c>Grains</c> key, split as the one-process run splits it (the silo's
/// <c>SimulatedGrainClock</c>, docs/simulated-time.md): Orleans 10.4.2 times the grain timers of its own system targets —
/// the memory-stream pulling agents that carry <c>ticks/&lt;symbol&gt;</c> — through the same key as the application's
/// grain timers. On a stopped or paused test clock those agents would poll only when the test moves it, so a stream item
/// published between two moves would wait for the next one. A timer made in a system target's context therefore runs on
/// <paramref name="wall"/>; any other (a board's checkpoint timer, a position's wake, an order's poll) on <paramref name="test"/>.
/// Shared by the position scenarios (a fake clock) and the after-hours harness (the simulator's clock).
/// </summary>
internal sealed class SystemTargetsOnWall(TimeProvider test, TimeProvider wall, IServiceProvider services) : TimeProvider
{
    private IGrainContextAccessor? _contexts;

    public override TimeZoneInfo LocalTimeZone => test.LocalTimeZone;

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);

    private TimeProvider Current =>
        (_contexts ??= services.GetRequiredService<IGrainContextAccessor>()).GrainContext is SystemTarget ? wall : test;
}
