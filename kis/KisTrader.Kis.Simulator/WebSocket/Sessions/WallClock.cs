namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>
/// Wall time for transport concerns (heartbeats, pump cadence). The simulated clock may run at 60x or be paused;
/// a client's network timing must not, so PINGPONG and the silence timeout follow this clock.
/// </summary>
internal sealed class WallClock(TimeProvider provider)
{
    public TimeProvider Provider { get; } = provider;

    public long Ticks => Provider.GetUtcNow().UtcTicks;
}
