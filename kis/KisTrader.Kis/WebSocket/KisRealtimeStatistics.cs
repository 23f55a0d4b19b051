namespace KisTrader.Kis.WebSocket;

/// <summary>Counters of the realtime client since it was created.</summary>
/// <param name="Connections">Connections opened.</param>
/// <param name="Disconnects">Connections lost (each followed by a reconnect unless stopped).</param>
/// <param name="Messages">Text messages received.</param>
/// <param name="DataFrames">Data frames parsed.</param>
/// <param name="Records">Records in those frames (a multi-record frame counts NNN).</param>
/// <param name="ShortFrames">Frames with fewer fields than NNN × the TR's field count: skipped.</param>
/// <param name="MalformedFrames">Frames or messages that could not be read: skipped.</param>
/// <param name="UnknownTrFrames">Frames of TRs this client does not parse: skipped.</param>
/// <param name="UndecryptableFrames">Encrypted frames without a usable key/IV: skipped.</param>
/// <param name="DroppedMarketEvents">Market events dropped because the consumer fell behind (oldest first).</param>
/// <param name="PingPongs">PINGPONG heartbeats answered.</param>
/// <param name="ApprovalKeyRefreshes">Approval keys refused by KIS and replaced.</param>
/// <param name="IdleTimeouts">Connections replaced because nothing arrived for Kis:WebSocket:IdleTimeout.</param>
/// <param name="RequestTimeouts">Subscribe/unsubscribe messages without a reply in time.</param>
/// <param name="AppKeyInUse">OPSP8996 replies (another session holds the app key).</param>
/// <param name="FillNotices">Fill notices (체결통보) handed to <see cref="IKisRealtimeClient.FillNotices"/>.</param>
/// <param name="FillNoticeWaits">Times the receive loop waited for room in the full fill-notice buffer (back-pressure, nothing dropped).</param>
public sealed record KisRealtimeStatistics(
    long Connections,
    long Disconnects,
    long Messages,
    long DataFrames,
    long Records,
    long ShortFrames,
    long MalformedFrames,
    long UnknownTrFrames,
    long UndecryptableFrames,
    long DroppedMarketEvents,
    long PingPongs,
    long ApprovalKeyRefreshes,
    long IdleTimeouts,
    long RequestTimeouts,
    long AppKeyInUse,
    long FillNotices,
    long FillNoticeWaits);
