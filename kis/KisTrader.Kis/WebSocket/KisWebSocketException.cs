namespace KisTrader.Kis.WebSocket;

/// <summary>A realtime request failed: a refusal by KIS (with its msg_cd/msg1) or a client-side limit.</summary>
public class KisWebSocketException : Exception
{
    public KisWebSocketException()
    {
    }

    public KisWebSocketException(string message)
        : base(message)
    {
    }

    public KisWebSocketException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KisWebSocketException(string message, string? msgCd, string? msg1)
        : base(message)
    {
        MsgCd = msgCd;
        Msg1 = msg1;
    }

    /// <summary>The server's msg_cd (OPSP…), or null for a client-side error.</summary>
    public string? MsgCd { get; }

    /// <summary>The server's msg1, or null.</summary>
    public string? Msg1 { get; }

    internal static KisWebSocketException From(ControlReply reply, string trId, string trKey) => reply.Kind switch
    {
        ControlReplyKind.AppKeyInUse => new KisAppKeyInUseException(reply.MsgCd, reply.Msg1),
        ControlReplyKind.MaxSubscriptions => new KisSubscriptionLimitException(
            $"KIS refused {trId}/{trKey}: {reply.MsgCd} {reply.Msg1} — {KisWebSocketCodes.Explain(reply.MsgCd)}.", reply.MsgCd, reply.Msg1),
        _ => new KisWebSocketException($"KIS refused {trId}/{trKey}: {reply.MsgCd} {reply.Msg1} — {KisWebSocketCodes.Explain(reply.MsgCd)}.", reply.MsgCd, reply.Msg1),
    };
}
