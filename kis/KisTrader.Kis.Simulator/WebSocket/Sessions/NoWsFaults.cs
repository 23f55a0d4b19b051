namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>No WebSocket faults (a WebSocket host without the fault service).</summary>
internal sealed class NoWsFaults : IWsFaults
{
    public bool AlreadySubscribedOnReconnect(string appKey) => false;
}
