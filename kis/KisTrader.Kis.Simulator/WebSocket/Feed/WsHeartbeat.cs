using System.Globalization;
using System.Net.WebSockets;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.WebSocket.Frames;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.WebSocket.Feed;

/// <summary>
/// PINGPONG (kis-api.md §5.3): every PingInterval (wall time) each session gets
/// <c>{"header":{"tr_id":"PINGPONG","datetime":"YYYYMMDDHHMMSS"}}</c> stamped with the simulated KST time; a session that
/// sends nothing at all (no WS pong, no text echo) for PongTimeout after a PINGPONG is closed.
/// </summary>
internal sealed class WsHeartbeat(WsSessionRegistry registry, IOptions<SimWebSocketOptions> options, WallClock wall, TimeProvider simulatedClock)
{
    private readonly SimWebSocketOptions _options = options.Value;

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var now = wall.Ticks;
        foreach (var session in registry.Snapshot())
        {
            if (session.IsClosed)
            {
                continue;
            }

            var pending = session.UnansweredPingTicks;
            if (_options.PongTimeout > TimeSpan.Zero && pending != 0 && now - pending >= _options.PongTimeout.Ticks)
            {
                await session.CloseAsync(WebSocketCloseStatus.PolicyViolation, "PINGPONG timeout").ConfigureAwait(false);
                continue;
            }

            if (now - session.LastPingTicks >= _options.PingInterval.Ticks)
            {
                session.MarkPing(now);
                var stamp = Kst.ToKst(simulatedClock.GetUtcNow()).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                await session.SendAsync(ControlReply.PingPong(stamp), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
