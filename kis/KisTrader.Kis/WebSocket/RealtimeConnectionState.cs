namespace KisTrader.Kis.WebSocket;

/// <summary>State of the realtime client's connection.</summary>
public enum RealtimeConnectionState
{
    /// <summary>Not started (or stopped).</summary>
    Stopped,

    /// <summary>Opening a connection (first time or after a drop).</summary>
    Connecting,

    /// <summary>Connected; registrations are being (re)sent or are in place.</summary>
    Connected,

    /// <summary>The connection dropped; waiting for the reconnect backoff.</summary>
    Reconnecting,
}
