using System.Text.Json.Serialization;

namespace KisTrader.Kis.Simulator.Faults;

/// <summary>What a fault does (JSON names in camelCase: "http500", "timeout", …).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
internal enum FaultKind
{
    /// <summary>Matching /uapi calls answer HTTP 500 (status configurable) with msg_cd EGW00002 (or the given code).</summary>
    [JsonStringEnumMemberName("http500")]
    Http500,

    /// <summary>Matching calls get no answer: held for <c>delay</c> (wall time, default 30 s), then the connection is aborted.</summary>
    [JsonStringEnumMemberName("timeout")]
    Timeout,

    /// <summary>Matching calls are answered normally after <c>delay</c> (wall time).</summary>
    [JsonStringEnumMemberName("slow")]
    Slow,

    /// <summary>Matching order calls are rejected with the given msg_cd/msg1 before reaching the order desk.</summary>
    [JsonStringEnumMemberName("orderReject")]
    OrderReject,

    /// <summary>At <c>at</c> (or at once): every token (of <c>appKey</c>, or all) becomes invalid (EGW00121).</summary>
    [JsonStringEnumMemberName("invalidateTokens")]
    InvalidateTokens,

    /// <summary>At <c>at</c> (or at once): every token (of <c>appKey</c>, or all) expires (EGW00123).</summary>
    [JsonStringEnumMemberName("expireTokens")]
    ExpireTokens,

    /// <summary>At <c>at</c> (or at once): WebSocket sessions (of <c>appKey</c>, or all) are dropped without a close handshake.</summary>
    [JsonStringEnumMemberName("wsDrop")]
    WsDrop,

    /// <summary>
    /// "Order accepted, reply lost": the call runs (an order reaches the desk and is placed, its 체결통보 receipt is sent) but
    /// its HTTP answer never comes — held for <c>delay</c> (wall time, default 30 s), then the connection is aborted.
    /// </summary>
    [JsonStringEnumMemberName("replyLost")]
    ReplyLost,

    /// <summary>
    /// While active: a registration re-sent on a new session for a (tr_id, tr_key) that the app key's previous session held
    /// (a reconnect) is answered OPSP0002 "ALREADY IN SUBSCRIBE" (rt_cd "1", no output) — and stays registered, as KIS does.
    /// </summary>
    [JsonStringEnumMemberName("wsAlreadySubscribed")]
    WsAlreadySubscribed,

    /// <summary>At <c>at</c> (or at once): the next <c>count</c> (default 1) data frames to sessions (of <c>appKey</c>, or all) are malformed.</summary>
    [JsonStringEnumMemberName("wsMalformed")]
    WsMalformed,

    /// <summary>At <c>at</c> (or at once): the next <c>count</c> (default 1) data frames to sessions (of <c>appKey</c>, or all) are cut short.</summary>
    [JsonStringEnumMemberName("wsTruncated")]
    WsTruncated,

    /// <summary>
    /// Matching /uapi calls are refused EGW00201 "초당 거래건수를 초과하였습니다." exactly as the gateway's own rate limiter refuses
    /// them (business-error status, rt_cd "1"): a burst of rate-limit answers whatever the client's pacing (<c>count</c> calls from <c>from</c>).
    /// </summary>
    [JsonStringEnumMemberName("rateLimit")]
    RateLimit,
}
