namespace KisTrader.Kis.WebSocket;

/// <summary>
/// OPSP8996 "ALREADY IN USE appkey": KIS allows one WebSocket session per app key and another session holds it —
/// another process (or another KisTrader instance) connected with the same key, or a dropped session of this process
/// has not expired yet. The server closes the connection; the client keeps reconnecting with backoff.
/// </summary>
public sealed class KisAppKeyInUseException : KisWebSocketException
{
    public KisAppKeyInUseException()
        : base(Describe())
    {
    }

    public KisAppKeyInUseException(string message)
        : base(message)
    {
    }

    public KisAppKeyInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KisAppKeyInUseException(string? msgCd, string? msg1)
        : base(Describe(), msgCd, msg1)
    {
    }

    private static string Describe() =>
        $"KIS refused the WebSocket session: {KisWebSocketCodes.AppKeyInUse} ALREADY IN USE appkey — {KisWebSocketCodes.Explain(KisWebSocketCodes.AppKeyInUse)}.";
}
