using KisTrader.GrainInterfaces;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Orders;
using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Positions;

/// <summary>Source-generated log messages of the position grain (event ids 2600–2629).</summary>
internal static partial class PositionLog
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "Position {Key}: entry of {Quantity} at {LimitPrice} placed; exits on {ExitDate}")]
    public static partial void Entered(this ILogger logger, string key, long quantity, decimal limitPrice, DateOnly exitDate);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Position {Key}: open, {Quantity} shares at an average of {AveragePrice}")]
    public static partial void Opened(this ILogger logger, string key, long quantity, decimal averagePrice);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "Position {Key}: abandoned, the buy ended {State} with nothing filled")]
    public static partial void Abandoned(this ILogger logger, string key, OrderState state);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Information, Message = "Position {Key}: closed, net P&L {NetPnL} ({NetReturn} of the cost)")]
    public static partial void Closed(this ILogger logger, string key, decimal netPnL, decimal netReturn);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Information, Message = "Position {Key}: {Reason} sells {Quantity}: {Explanation}")]
    public static partial void ExitDecided(this ILogger logger, string key, ExitReason reason, long quantity, string explanation);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Information, Message = "Position {Key}: order {OrderId} converted to market ({Why})")]
    public static partial void Converted(this ILogger logger, string key, string orderId, string why);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Warning, Message = "Position {Key}: {Call} of order {OrderId} failed; the next wake tries again")]
    public static partial void OrderCallFailed(this ILogger logger, Exception exception, string key, string orderId, string call);

    [LoggerMessage(EventId = 2607, Level = LogLevel.Warning, Message = "Position {Key}: a view of unknown order {OrderId} was ignored")]
    public static partial void UnknownOrder(this ILogger logger, string key, string? orderId);

    [LoggerMessage(EventId = 2608, Level = LogLevel.Error, Message = "Position {Key}: sell {OrderId} rejected ({MessageCode}); {Count} rejected so far")]
    public static partial void SellRejected(this ILogger logger, string key, string orderId, string? messageCode, int count);

    [LoggerMessage(EventId = 2609, Level = LogLevel.Error, Message = "Position {Key}: {Count} sells rejected; it no longer sells by itself (a person decides)")]
    public static partial void SellingStopped(this ILogger logger, string key, int count);

    [LoggerMessage(EventId = 2610, Level = LogLevel.Warning, Message = "Position {Key}: flatten requested by {RequestedBy} ({Reason})")]
    public static partial void FlattenRequested(this ILogger logger, string key, string requestedBy, string reason);

    [LoggerMessage(EventId = 2611, Level = LogLevel.Warning, Message = "Position {Key}: cancelling the buy's rest requested by {RequestedBy} ({Reason})")]
    public static partial void EntryCancelRequested(this ILogger logger, string key, string requestedBy, string reason);

    [LoggerMessage(EventId = 2612, Level = LogLevel.Error, Message = "Position {Key}: {Quantity} shares left after the close; sold at the open of {NextDay}")]
    public static partial void CarriedOver(this ILogger logger, string key, long quantity, DateOnly nextDay);

    [LoggerMessage(EventId = 2613, Level = LogLevel.Warning, Message = "Position {Key}: the trades watch was refused ({Reason}); timers act on the last price")]
    public static partial void WatchRefused(this ILogger logger, string key, string? reason);

    [LoggerMessage(EventId = 2614, Level = LogLevel.Warning, Message = "Position {Key}: asking the symbol grain to watch (or unwatch) the trades failed")]
    public static partial void WatchFailed(this ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 2615, Level = LogLevel.Warning, Message = "Position {Key}: the ticks stream failed")]
    public static partial void TicksFailed(this ILogger logger, Exception exception, string key);

    [LoggerMessage(EventId = 2616, Level = LogLevel.Error, Message = "Position {Key}: telling the risk grain open={Open} failed")]
    public static partial void RiskTellFailed(this ILogger logger, Exception exception, string key, bool open);

    [LoggerMessage(EventId = 2617, Level = LogLevel.Warning, Message = "Position {Key}: order {OrderId} is not at the broker yet ({State}); its conversion to market ({Why}) waits for the next wake")]
    public static partial void ConversionNotYet(this ILogger logger, string key, string orderId, OrderState state, string why);

    [LoggerMessage(EventId = 2618, Level = LogLevel.Warning, Message = "Position {Key}: no trade for {Stale}; the price is read over REST (inquire-price) every {Every} until the trades come back")]
    public static partial void PriceStale(this ILogger logger, string key, TimeSpan stale, TimeSpan every);

    [LoggerMessage(EventId = 2619, Level = LogLevel.Information, Message = "Position {Key}: quote poll {Price} (open {Open}); the rules are evaluated on it")]
    public static partial void QuotePolled(this ILogger logger, string key, decimal price, decimal open);

    [LoggerMessage(EventId = 2620, Level = LogLevel.Warning, Message = "Position {Key}: the quote poll failed; retried in {Every}")]
    public static partial void QuotePollFailed(this ILogger logger, Exception exception, string key, TimeSpan every);

    [LoggerMessage(EventId = 2621, Level = LogLevel.Warning, Message = "Position {Key}: the quote poll answered no trade of today (price {Price}, open {Open}); retried in {Every}")]
    public static partial void QuotePollNoPrice(this ILogger logger, string key, decimal price, decimal open, TimeSpan every);

    [LoggerMessage(EventId = 2622, Level = LogLevel.Information, Message = "Position {Key}: trades reach the position again; the quote polls stop")]
    public static partial void TicksBack(this ILogger logger, string key);

    [LoggerMessage(EventId = 2623, Level = LogLevel.Warning, Message = "Position {Key}: its fills were saved but not settled ({Status}, {Bought} bought, {Sold} sold; the activation that saved them ended); settling now")]
    public static partial void SettlingLeftOver(this ILogger logger, string key, PositionStatus status, long bought, long sold);

    [LoggerMessage(EventId = 2624, Level = LogLevel.Warning, Message = "Position {Key}: open without its wake reminder (the activation that opened it ended before registering it); registered now")]
    public static partial void WakeReminderRestored(this ILogger logger, string key);
}
