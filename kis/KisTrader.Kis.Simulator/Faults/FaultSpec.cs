namespace KisTrader.Kis.Simulator.Faults;

/// <summary>
/// One fault, as POST /sim/faults and a scenario's "faults" array write it (README "Fault injection"). Request faults
/// (http500, timeout, slow, orderReject, replyLost, rateLimit) hit matching calls while active: inside [from, to) of the simulated clock, for
/// the listed TR IDs / app key, with probability <see cref="Rate"/> (seeded, so a run is reproducible) and at most
/// <see cref="Count"/> times. Instant faults (invalidateTokens, expireTokens, wsDrop) fire once at <see cref="At"/>
/// (simulated) or as soon as they are posted.
/// </summary>
internal sealed record FaultSpec
{
    public required FaultKind Kind { get; init; }

    /// <summary>Probability (0–1) that a matching call is hit. Default 1 (every matching call).</summary>
    public decimal? Rate { get; init; }

    /// <summary>Hit at most this many calls, then the fault is spent. Default unlimited (wsMalformed/wsTruncated: frames, default 1).</summary>
    public int? Count { get; init; }

    /// <summary>Active from this simulated instant (inclusive). Default: at once.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Active until this simulated instant (exclusive). Default: no end.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Instant faults: when to fire (simulated). Default: when posted.</summary>
    public DateTimeOffset? At { get; init; }

    /// <summary>Only calls with these tr_id headers. Default: all.</summary>
    public IReadOnlyList<string>? TrIds { get; init; }

    /// <summary>Only calls (or tokens, sessions) of this app key. Default: all.</summary>
    public string? AppKey { get; init; }

    /// <summary>slow: the added latency; timeout, replyLost: how long the call hangs before the connection is aborted (wall time).</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>http500: the HTTP status (500–599, default 500). </summary>
    public int? Status { get; init; }

    /// <summary>orderReject (required) / http500 (default EGW00002): msg_cd of the answer.</summary>
    public string? MsgCd { get; init; }

    /// <summary>msg1 of the answer (default: a generic text).</summary>
    public string? Msg1 { get; init; }

    /// <summary>Seed of the rate draws. Default: the market seed.</summary>
    public int? Seed { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsInstant => Kind is FaultKind.InvalidateTokens or FaultKind.ExpireTokens or FaultKind.WsDrop or FaultKind.WsMalformed or FaultKind.WsTruncated;

    /// <summary>A fault the gateway applies to /uapi calls (the others act on tokens or WebSocket sessions).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsRequestFault => Kind is FaultKind.Http500 or FaultKind.Timeout or FaultKind.Slow or FaultKind.OrderReject or FaultKind.ReplyLost or FaultKind.RateLimit;
}
