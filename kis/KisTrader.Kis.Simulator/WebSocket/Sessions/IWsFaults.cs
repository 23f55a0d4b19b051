namespace KisTrader.Kis.Simulator.WebSocket.Sessions;

/// <summary>The WebSocket side's view of the host's fault schedule.</summary>
internal interface IWsFaults
{
    /// <summary>Whether a registration re-sent after a reconnect is answered OPSP0002 "ALREADY IN SUBSCRIBE" now.</summary>
    bool AlreadySubscribedOnReconnect(string appKey);
}
