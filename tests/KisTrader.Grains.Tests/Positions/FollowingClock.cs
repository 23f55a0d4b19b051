namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// The silo's unkeyed clock in the position scenarios: "now" is the test's fake clock, but timers, delays and timestamps
/// run on real time (the <see cref="TimeProvider"/> defaults), like <c>ManualClock</c>. The grains read the test's instant
/// through it, while the KIS client's rate-limit windows, retries and WebSocket heartbeats keep real delays (on the
/// stopped fake clock they would never elapse). Grain timers use the <c>Grains</c> key (<c>Infrastructure/SystemTargetsOnWall</c>).
/// </summary>
internal sealed class FollowingClock(TimeProvider source) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => source.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => source.LocalTimeZone;
}
