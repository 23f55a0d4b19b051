namespace KisTrader.Kis.WebSocket;

/// <summary>A control reply mapped to what it means for the client (kis-api.md §5.2).</summary>
public enum ControlReplyKind
{
    /// <summary>OPSP0000.</summary>
    Subscribed,

    /// <summary>OPSP0001.</summary>
    Unsubscribed,

    /// <summary>OPSP0002: harmless, treated as success.</summary>
    AlreadySubscribed,

    /// <summary>OPSP0003: harmless when releasing.</summary>
    NotSubscribed,

    /// <summary>OPSP0008.</summary>
    MaxSubscriptions,

    /// <summary>OPSP0011.</summary>
    InvalidApprovalKey,

    /// <summary>OPSP8996.</summary>
    AppKeyInUse,

    /// <summary>Any other failure (rt_cd not 0).</summary>
    Error,

    /// <summary>Any other success.</summary>
    OtherSuccess,
}
