namespace KisTrader.Kis.WebSocket;

/// <summary>
/// No registration slot: the client's cap (<c>Kis:WebSocket:MaxRegistrations</c>, 41) is reached and nothing of lower
/// priority can be evicted (thrown before anything is sent), or KIS answered OPSP0008 MAX SUBSCRIBE OVER.
/// </summary>
public sealed class KisSubscriptionLimitException : KisWebSocketException
{
    public KisSubscriptionLimitException()
    {
    }

    public KisSubscriptionLimitException(string message)
        : base(message)
    {
    }

    public KisSubscriptionLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KisSubscriptionLimitException(string message, string? msgCd, string? msg1)
        : base(message, msgCd, msg1)
    {
    }

    /// <summary>True when the client refused before sending (no OPSP0008 round trip).</summary>
    public bool IsClientSide => MsgCd is null;
}
