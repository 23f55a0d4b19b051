using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.WebSocket;

/// <summary>Log messages of the realtime client (EventIds 5100–5199). None carries a secret: no approval key, AES key or account number.</summary>
internal static partial class WebSocketLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "KIS WebSocket {State}: {Reason}")]
    public static partial void StateChanged(this ILogger logger, RealtimeConnectionState state, string reason);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "KIS WebSocket connect to {Endpoint} failed ({Reason}); retrying in {Delay}")]
    public static partial void ConnectFailed(this ILogger logger, Uri endpoint, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Market events dropped: {Total} so far (the consumer is slower than the feed; Kis:WebSocket:MarketEventCapacity = {Capacity}, oldest dropped first)")]
    public static partial void MarketEventsDropped(this ILogger logger, long total, int capacity);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Answering PINGPONG failed: {Reason}")]
    public static partial void PingPongFailed(this ILogger logger, string reason);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Error, Message = "KIS answered OPSP8996 ALREADY IN USE appkey: {Explanation}")]
    public static partial void AppKeyInUse(this ILogger logger, string explanation);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Control reply nobody waited for: {TrId}/{TrKey} {MsgCd} {Msg1}")]
    public static partial void UnexpectedReply(this ILogger logger, string trId, string trKey, string msgCd, string msg1);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "Unreadable WebSocket message of {Length} characters skipped: {Preview}")]
    public static partial void UnreadableMessage(this ILogger logger, int length, string preview);

    [LoggerMessage(EventId = 5108, Level = LogLevel.Warning, Message = "Encrypted {TrId} frame skipped: no usable key/IV from its subscribe reply")]
    public static partial void Undecryptable(this ILogger logger, string trId);

    [LoggerMessage(EventId = 5109, Level = LogLevel.Warning, Message = "Short {TrId} frame skipped: {Count} record(s) need {Required} fields each, got {Fields} fields in all")]
    public static partial void ShortFrame(this ILogger logger, string trId, int count, int fields, int required);

    [LoggerMessage(EventId = 5110, Level = LogLevel.Debug, Message = "Frame of unparsed TR {TrId} skipped")]
    public static partial void UnknownTr(this ILogger logger, string trId);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Warning, Message = "Malformed {TrId} frame ({Count} record(s)) skipped: {Preview}")]
    public static partial void MalformedFrame(this ILogger logger, string trId, int count, string preview);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Debug, Message = "{TrId}/{TrKey}: ALREADY IN SUBSCRIBE (harmless, the registration is in place)")]
    public static partial void AlreadySubscribed(this ILogger logger, string trId, string trKey);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Information, Message = "{TrId}/{TrKey} will be registered after the reconnect ({Reason})")]
    public static partial void SubscribeDeferred(this ILogger logger, string trId, string trKey, string reason);

    [LoggerMessage(EventId = 5114, Level = LogLevel.Warning, Message = "Unsubscribe {TrId}/{TrKey} refused: {MsgCd} {Msg1}")]
    public static partial void UnsubscribeRefused(this ILogger logger, string trId, string trKey, string msgCd, string msg1);

    [LoggerMessage(EventId = 5115, Level = LogLevel.Debug, Message = "Unsubscribe {TrId}/{TrKey} not sent: {Reason}")]
    public static partial void UnsubscribeFailed(this ILogger logger, string trId, string trKey, string reason);

    [LoggerMessage(EventId = 5116, Level = LogLevel.Warning, Message = "Restoring registrations interrupted after {Restored} of {Total}: {Reason}")]
    public static partial void RestoreInterrupted(this ILogger logger, int restored, int total, string reason);

    [LoggerMessage(EventId = 5117, Level = LogLevel.Error, Message = "KIS refused {TrId}/{TrKey}: {MsgCd} {Msg1} — {Explanation}")]
    public static partial void RestoreRefused(this ILogger logger, string trId, string trKey, string msgCd, string msg1, string explanation);

    [LoggerMessage(EventId = 5118, Level = LogLevel.Information, Message = "Restored {Restored} of {Total} registrations on connection {Connection}")]
    public static partial void Restored(this ILogger logger, int restored, int total, long connection);

    [LoggerMessage(EventId = 5119, Level = LogLevel.Warning, Message = "Evicted {TrId}/{TrKey} (priority {Priority}): {Why}")]
    public static partial void Evicted(this ILogger logger, string trId, string trKey, SubscriptionPriority priority, string why);

    [LoggerMessage(EventId = 5120, Level = LogLevel.Warning, Message = "Approval key refused ({MsgCd} {Msg1}); fetching a fresh one and retrying once")]
    public static partial void ApprovalKeyRefused(this ILogger logger, string msgCd, string msg1);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Error, Message = "A WebSocket message could not be handled and was skipped")]
    public static partial void MessageFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5122, Level = LogLevel.Error, Message = "Restoring registrations failed; the connection is replaced after the backoff")]
    public static partial void RestoreFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5123, Level = LogLevel.Warning, Message = "The fill-notice buffer is full ({Capacity}, Kis:WebSocket:FillNoticeCapacity): the receive loop waits for the consumer (nothing is dropped)")]
    public static partial void FillNoticeBufferFull(this ILogger logger, int capacity);
}
