using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.MarketData;

/// <summary>Log lines of the market-data grain (EventIds 1500–1529). Never the approval key (the grain never sees it).</summary>
internal static partial class MarketDataLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Market data: {Owner} holds {Kinds} of {Symbol} at {Priority} ({NewRegistrations} new registrations, {Used}/{Limit} used)")]
    public static partial void Subscribed(this ILogger logger, string owner, MarketDataKinds kinds, string symbol, MarketDataPriority priority, int newRegistrations, int used, int limit);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "Market data: {Owner}'s subscription to {Kind} of {Symbol} was refused: {Reason}")]
    public static partial void SubscribeRefused(this ILogger logger, string owner, MarketDataKinds kind, string symbol, string reason);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Market data: {Owner} released {Released} holds of {Symbol} ({Kinds})")]
    public static partial void Unsubscribed(this ILogger logger, string owner, int released, string symbol, MarketDataKinds kinds);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Market data: activated on {Silo} with {Entries} persisted holds; restoring them")]
    public static partial void Restoring(this ILogger logger, string silo, int entries);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Information, Message = "Market data: restored {Restored} of {Entries} persisted holds on {Silo}")]
    public static partial void Restored(this ILogger logger, int restored, int entries, string silo);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Warning, Message = "Market data: restoring {Kind} of {Symbol} failed ({Reason}); retrying in {Delay}")]
    public static partial void RestoreRetry(this ILogger logger, MarketDataKinds kind, string symbol, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 1506, Level = LogLevel.Error, Message = "Market data: {Owner}'s persisted hold on {Kind} of {Symbol} could not be restored and is dropped: {Reason}")]
    public static partial void RestoreDropped(this ILogger logger, string owner, MarketDataKinds kind, string symbol, string reason);

    [LoggerMessage(EventId = 1507, Level = LogLevel.Error, Message = "Market data: restoring the persisted holds failed")]
    public static partial void RestoreFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1508, Level = LogLevel.Warning, Message = "Market data: publishing {TrId} of {Symbol} to its stream failed; the event is lost, publishing goes on")]
    public static partial void PublishFailed(this ILogger logger, string trId, string symbol, Exception exception);

    [LoggerMessage(EventId = 1509, Level = LogLevel.Error, Message = "Market data: the {Loop} loop stopped unexpectedly")]
    public static partial void LoopFailed(this ILogger logger, string loop, Exception exception);

    [LoggerMessage(EventId = 1510, Level = LogLevel.Information, Message = "Market data: KIS WebSocket {State}: {Reason}")]
    public static partial void ConnectionChanged(this ILogger logger, RealtimeConnectionState state, string reason);

    [LoggerMessage(EventId = 1511, Level = LogLevel.Warning, Message = "Market data: {TrId}/{TrKey} stopped delivering ({Reason}): {Message}")]
    public static partial void SubscriptionLost(this ILogger logger, string trId, string trKey, SubscriptionLostReason reason, string message);

    [LoggerMessage(EventId = 1512, Level = LogLevel.Information, Message = "Market data: {TrId}/{TrKey} is registered again")]
    public static partial void SubscriptionRestored(this ILogger logger, string trId, string trKey);

    [LoggerMessage(EventId = 1513, Level = LogLevel.Information, Message = "Market data: deactivating ({Reason}); released {Holds} holds, the session is closed (the persisted table stays)")]
    public static partial void Deactivated(this ILogger logger, DeactivationReason reason, int holds);

    [LoggerMessage(EventId = 1514, Level = LogLevel.Debug, Message = "Market data: reminder {Reminder}: {Holds} holds, connection {State}")]
    public static partial void ReminderTick(this ILogger logger, string reminder, int holds, RealtimeConnectionState state);

    [LoggerMessage(EventId = 1515, Level = LogLevel.Information, Message = "Market data: no holds left; keep-alive timer and reminder removed")]
    public static partial void Idle(this ILogger logger);

    [LoggerMessage(EventId = 1516, Level = LogLevel.Debug, Message = "Market data: a fill notice arrived on the session; fill notices are not relayed by this grain")]
    public static partial void FillNoticeIgnored(this ILogger logger);

    [LoggerMessage(EventId = 1517, Level = LogLevel.Warning, Message = "Market data: closing the KIS WebSocket on deactivation failed")]
    public static partial void StopFailed(this ILogger logger, Exception exception);
}
