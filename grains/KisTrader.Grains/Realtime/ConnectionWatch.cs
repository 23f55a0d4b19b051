using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Pure rule: which connection changes are worth telling. A drop (<see cref="RealtimeConnectionState.Reconnecting"/>) is
/// <see cref="MarketDataChange.ConnectionLost"/>; the first <see cref="RealtimeConnectionState.Connected"/> after a drop is
/// <see cref="MarketDataChange.Reconnected"/>; the first connect, the interim "connecting" and the stop are not.
/// </summary>
public sealed class ConnectionWatch
{
    private bool _lost;

    public MarketDataChange? On(RealtimeConnectionState state)
    {
        if (state == RealtimeConnectionState.Reconnecting)
        {
            _lost = true;
            return MarketDataChange.ConnectionLost;
        }

        if (state == RealtimeConnectionState.Connected && _lost)
        {
            _lost = false;
            return MarketDataChange.Reconnected;
        }

        return null;
    }
}
