using KisTrader.Trading.Orders;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Orders;

/// <summary>Log lines of the order grains and order books (EventIds 1660–1679).</summary>
internal static partial class OrderLog
{
    [LoggerMessage(EventId = 1660, Level = LogLevel.Information, Message = "Order {ClientOrderId}: {State} ({Change})")]
    public static partial void Changed(this ILogger logger, string clientOrderId, OrderState state, string change);

    [LoggerMessage(EventId = 1661, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: {Event} does not apply in {State}; ignored")]
    public static partial void EventRefused(this ILogger logger, string clientOrderId, OrderEvent @event, OrderState state);

    [LoggerMessage(EventId = 1662, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: {What} failed; tried again later")]
    public static partial void BrokerCallFailed(this ILogger logger, string clientOrderId, string what, Exception exception);

    [LoggerMessage(EventId = 1663, Level = LogLevel.Error, Message = "Order {ClientOrderId}: the journal refused {What}; the order goes on (grain state holds it)")]
    public static partial void JournalFailed(this ILogger logger, string clientOrderId, string what, Exception exception);

    [LoggerMessage(EventId = 1664, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: telling {Target} failed")]
    public static partial void TellFailed(this ILogger logger, string clientOrderId, string target, Exception exception);

    [LoggerMessage(EventId = 1665, Level = LogLevel.Debug, Message = "Order {ClientOrderId}: notice {Identity} {Outcome}")]
    public static partial void NoticeApplied(this ILogger logger, string clientOrderId, string identity, NoticeOutcome outcome);

    [LoggerMessage(EventId = 1666, Level = LogLevel.Error, Message = "Order {ClientOrderId}: the lookup found {Matches} candidates; symbol {Symbol} halted, a person decides")]
    public static partial void Ambiguous(this ILogger logger, string clientOrderId, int matches, string symbol);

    [LoggerMessage(EventId = 1667, Level = LogLevel.Information, Message = "Order {ClientOrderId}: nothing left to convert under {OrderNumber} (APBK0991): already filled, polled to settle")]
    public static partial void NothingToConvert(this ILogger logger, string clientOrderId, string orderNumber);

    [LoggerMessage(EventId = 1668, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: the reminder could not be {What}")]
    public static partial void ReminderFailed(this ILogger logger, string clientOrderId, string what, Exception exception);

    [LoggerMessage(EventId = 1669, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: the order-wake reminder could not be registered; an unsent order is not sent until it is (its intent is kept, tried again in {Delay})")]
    public static partial void WakeNotRegistered(this ILogger logger, string clientOrderId, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1670, Level = LogLevel.Warning, Message = "Order book {AccountKey}: the fills stream failed")]
    public static partial void BookStreamFailed(this ILogger logger, string accountKey, Exception exception);

    [LoggerMessage(EventId = 1671, Level = LogLevel.Warning, Message = "Order book {AccountKey}: the 체결통보 registration was not taken ({Reason}); orders rely on polling")]
    public static partial void FillsNotSubscribed(this ILogger logger, string accountKey, string? reason);

    [LoggerMessage(EventId = 1672, Level = LogLevel.Debug, Message = "Order book {AccountKey}: notice of {OrderNumber} kept until its order registers")]
    public static partial void NoticeKept(this ILogger logger, string accountKey, string orderNumber);

    [LoggerMessage(EventId = 1679, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: notice {Identity} of order number {OrderNumber} is of another side or symbol: ignored")]
    public static partial void NoticeNotOurs(this ILogger logger, string clientOrderId, string identity, string orderNumber);

    [LoggerMessage(EventId = 1673, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: its intent was recorded but never sent (the placing activation ended before the POST); sending it now")]
    public static partial void ResumingUnsent(this ILogger logger, string clientOrderId);

    [LoggerMessage(EventId = 1674, Level = LogLevel.Warning, Message = "Order {ClientOrderId}: sending failed before the POST; tried again in {Delay}")]
    public static partial void SendFailed(this ILogger logger, string clientOrderId, TimeSpan delay, Exception exception);
}
