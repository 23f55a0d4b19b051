using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The test's clock behind Orleans' <c>Grains</c> key: grain timers follow the test clock, but Orleans' own system targets
/// (the memory-stream pulling agents time their polls through the same key) stay on the wall clock, or no stream item
/// would be delivered while the test clock stands still. The silo's <c>SimulatedGrainClock</c> makes the same split.
/// </summary>
internal sealed class SystemTargetsOnWallClock(TimeProvider test, IServiceProvider services) : TimeProvider
{
    private IGrainContextAccessor? _contexts;

    public override TimeZoneInfo LocalTimeZone => test.LocalTimeZone;

    public override long TimestampFrequency => Current.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();

    public override long GetTimestamp() => Current.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);

    private TimeProvider Current =>
        (_contexts ??= services.GetRequiredService<IGrainContextAccessor>()).GrainContext is SystemTarget ? System : test;
}
