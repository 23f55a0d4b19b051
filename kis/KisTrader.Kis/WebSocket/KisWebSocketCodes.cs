namespace KisTrader.Kis.WebSocket;

/// <summary>msg_cd values of WebSocket control replies (kis-api.md §5.2) and what they mean for a user.</summary>
public static class KisWebSocketCodes
{
    /// <summary>SUBSCRIBE SUCCESS.</summary>
    public const string Subscribed = "OPSP0000";

    /// <summary>UNSUBSCRIBE SUCCESS.</summary>
    public const string Unsubscribed = "OPSP0001";

    /// <summary>ALREADY IN SUBSCRIBE (rt_cd 1): harmless, the registration is in place.</summary>
    public const string AlreadySubscribed = "OPSP0002";

    /// <summary>UNSUBSCRIBE ERROR (not found): harmless when releasing.</summary>
    public const string NotSubscribed = "OPSP0003";

    /// <summary>Internal error.</summary>
    public const string InternalError = "OPSP0007";

    /// <summary>MAX SUBSCRIBE OVER: more than 41 registrations on the session.</summary>
    public const string MaxSubscriptions = "OPSP0008";

    /// <summary>Invalid approval key (expired or unknown): the client fetches a fresh one and retries once.</summary>
    public const string InvalidApprovalKey = "OPSP0011";

    /// <summary>ALREADY IN USE appkey (rt_cd 9): another session holds this app key.</summary>
    public const string AppKeyInUse = "OPSP8996";

    /// <summary>A user-facing explanation of a code (for logs and exception messages).</summary>
    public static string Explain(string? msgCd) => msgCd switch
    {
        Subscribed => "subscribed",
        Unsubscribed => "unsubscribed",
        AlreadySubscribed => "already subscribed on this session (harmless)",
        NotSubscribed => "was not subscribed (harmless when releasing)",
        InternalError => "KIS internal error; try again later",
        MaxSubscriptions => "the session already holds the maximum number of realtime registrations (41 per app key: 체결가 + 호가 + 체결통보 together)",
        InvalidApprovalKey => "the approval key was refused (expired or unknown); a fresh one is needed",
        AppKeyInUse => "another WebSocket session already uses this app key: KIS allows one session per app key. Stop the other process (or the other KisTrader instance) using the same key, or wait until a dropped session of this process expires",
        "OPSP8991" => "unknown or unavailable TR ID for this account (paper accounts only have H0STCNT0, H0STASP0, H0STCNI9)",
        "OPSP8992" => "invalid tr_key (a 6-digit code, an index code, or the HTS ID for 체결통보)",
        "OPSP9999" => "the server could not parse the message",
        _ => "unexpected reply",
    };
}
