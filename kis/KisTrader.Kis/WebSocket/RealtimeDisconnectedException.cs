namespace KisTrader.Kis.WebSocket;

/// <summary>The connection a request was using is gone; the subscription is kept and restored after the reconnect.</summary>
internal sealed class RealtimeDisconnectedException : Exception
{
    public RealtimeDisconnectedException()
    {
    }

    public RealtimeDisconnectedException(string message)
        : base(message)
    {
    }

    public RealtimeDisconnectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
