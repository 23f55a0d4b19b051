using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Log lines of the realtime grain and its pumps (EventIds 1500–1529). Never the approval key (the grain never sees it),
/// never an account number (fill notices are logged by order number and kind only).
/// </summary>
internal static partial class RealtimeLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Realtime: {Owner} holds {Kinds} of {Symbol} at {Priority} ({NewRegistrations} new registrations, {Used}/{Limit} used)")]
    public static partial void Subscribed(this ILogger logger, string owner, MarketDataKinds kinds, string symbol, MarketDataPriority priority, int newRegistrations, int used, int limit);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "Realtime: {Owner}'s subscription to {Kind} of {Symbol} was refused: {Reason}")]
    public static partial void SubscribeRefused(this ILogger logger, string owner, MarketDataKinds kind, string symbol, string reason);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Realtime: {Owner} released {Released} holds of {Symbol} ({Kinds})")]
    public static partial void Unsubscribed(this ILogger logger, string owner, int released, string symbol, MarketDataKinds kinds);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Realtime: activated on {Silo} with {Entries} persisted holds; restoring them")]
    public static partial void Restoring(this ILogger logger, string silo, int entries);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Information, Message = "Realtime: restored {Restored} of {Entries} persisted holds on {Silo}")]
    public static partial void Restored(this ILogger logger, int restored, int entries, string silo);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Warning, Message = "Realtime: restoring {Kind} of {Symbol} failed ({Reason}); retrying in {Delay}")]
    public static partial void RestoreRetry(this ILogger logger, MarketDataKinds kind, string symbol, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 1506, Level = LogLevel.Error, Message = "Realtime: {Owner}'s persisted hold on {Kind} of {Symbol} could not be restored and is dropped: {Reason}")]
    public static partial void RestoreDropped(this ILogger logger, string owner, MarketDataKinds kind, string symbol, string reason);

    [LoggerMessage(EventId = 1507, Level = LogLevel.Error, Message = "Realtime: restoring the persisted holds failed")]
    public static partial void RestoreFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1508, Level = LogLevel.Warning, Message = "Realtime: publishing {TrId} of {Symbol} to its stream failed; the event is lost, publishing goes on")]
    public static partial void PublishFailed(this ILogger logger, string trId, string symbol, Exception exception);

    [LoggerMessage(EventId = 1509, Level = LogLevel.Error, Message = "Realtime: the {Loop} loop stopped unexpectedly")]
    public static partial void LoopFailed(this ILogger logger, string loop, Exception exception);

    [LoggerMessage(EventId = 1510, Level = LogLevel.Information, Message = "Realtime: KIS WebSocket {State}: {Reason}")]
    public static partial void ConnectionChanged(this ILogger logger, RealtimeConnectionState state, string reason);

    [LoggerMessage(EventId = 1511, Level = LogLevel.Warning, Message = "Realtime: {TrId}/{TrKey} stopped delivering ({Reason}): {Message}")]
    public static partial void SubscriptionLost(this ILogger logger, string trId, string trKey, SubscriptionLostReason reason, string message);

    [LoggerMessage(EventId = 1512, Level = LogLevel.Information, Message = "Realtime: {TrId}/{TrKey} is registered again")]
    public static partial void SubscriptionRestored(this ILogger logger, string trId, string trKey);

    [LoggerMessage(EventId = 1513, Level = LogLevel.Information, Message = "Realtime: deactivating ({Reason}); released {Holds} holds, the session is closed (the persisted table stays)")]
    public static partial void Deactivated(this ILogger logger, DeactivationReason reason, int holds);

    [LoggerMessage(EventId = 1514, Level = LogLevel.Debug, Message = "Realtime: reminder {Reminder}: {Holds} holds, connection {State}")]
    public static partial void ReminderTick(this ILogger logger, string reminder, int holds, RealtimeConnectionState state);

    [LoggerMessage(EventId = 1515, Level = LogLevel.Information, Message = "Realtime: no holds left; keep-alive timer and reminder removed")]
    public static partial void Idle(this ILogger logger);

    [LoggerMessage(EventId = 1516, Level = LogLevel.Information, Message = "Realtime: fill notice {Kind} of order {OrderNumber} arrived again on connection {Connection}; published once already, not again")]
    public static partial void FillDuplicate(this ILogger logger, string orderNumber, KisTrader.Kis.WebSocket.FillNoticeKind kind, long connection);

    [LoggerMessage(EventId = 1517, Level = LogLevel.Warning, Message = "Realtime: closing the KIS WebSocket on deactivation failed")]
    public static partial void StopFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1518, Level = LogLevel.Error, Message = "Realtime: publishing fill notice {Kind} of order {OrderNumber} to fills/{AccountKey} failed; it is retried (never skipped, nothing after it goes first)")]
    public static partial void FillPublishFailed(this ILogger logger, string orderNumber, KisTrader.Kis.WebSocket.FillNoticeKind kind, string accountKey, Exception exception);

    [LoggerMessage(EventId = 1519, Level = LogLevel.Error, Message = "Realtime: deactivating with fill notices not yet published: order {OrderNumber}'s notice, already taken from the buffer, is lost; {Buffered} more stay in this silo's KIS client buffer for the next activation here (OrderGrain's polling of daily executions covers both)")]
    public static partial void FillDrainIncomplete(this ILogger logger, string orderNumber, int buffered);

    [LoggerMessage(EventId = 1520, Level = LogLevel.Error, Message = "Realtime: delivering {Count} market events of {Symbol} to its symbol grain failed (given up: {GivenUp}; otherwise sent again, nothing after them first)")]
    public static partial void DispatchFailed(this ILogger logger, string symbol, int count, bool givenUp, Exception exception);

    [LoggerMessage(EventId = 1521, Level = LogLevel.Error, Message = "Realtime: symbol {Symbol} is more than {Capacity} market events behind; the oldest {Count} were dropped")]
    public static partial void DispatchOverflow(this ILogger logger, string symbol, int count, int capacity);

    [LoggerMessage(EventId = 1522, Level = LogLevel.Warning, Message = "Realtime: the ticks/<symbol> relay fell {Capacity} events behind; {Dropped} dropped so far (the decision path is not affected)")]
    public static partial void RelayDropped(this ILogger logger, long dropped, int capacity);
}
