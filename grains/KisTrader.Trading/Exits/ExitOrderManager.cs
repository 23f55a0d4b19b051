using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;

namespace KisTrader.Trading.Exits;

/// <summary>
/// Limit→market conversion of working exit orders (strategy.md §7): an exit limit order not fully filled within
/// 30 s is cancelled and replaced by a market order for the rest. The forced exit (closing auction, where nothing
/// matches before 15:30 anyway) is exempt from the 30 s rule and converts at base 15:25; no limit order is left
/// unconverted past 15:25. The replacement quantity must be re-read from the broker's cancel confirmation, because
/// fills can arrive between this review and the cancel.
/// </summary>
public sealed class ExitOrderManager
{
    private readonly TimeSpan _timeout;

    public ExitOrderManager(ExitOptions options, TradingDaySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        OptionsValidation.ThrowIfInvalid(options, ExitOptions.Section);
        _timeout = options.LimitOrderTimeout;
        ForcedMarketConversion = schedule.At(options.ForcedMarketConversion);
        MarketClose = schedule.At(options.MarketClose);
    }

    /// <summary>Actual instant of the latest conversion (base 15:25).</summary>
    public DateTimeOffset ForcedMarketConversion { get; }

    /// <summary>Actual close (base 15:30): unfilled remainders expire.</summary>
    public DateTimeOffset MarketClose { get; }

    /// <summary>When a limit order must be converted if still unfilled; null for a market order.</summary>
    public DateTimeOffset? ConversionDueAt(OpenExitOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Type == ExitOrderType.Market)
        {
            return null;
        }

        if (order.Reason == ExitReason.ForcedExit)
        {
            return ForcedMarketConversion;
        }

        var due = order.PlacedAt + _timeout;
        return due < ForcedMarketConversion ? due : ForcedMarketConversion;
    }

    /// <summary>Reviews a working exit order at <paramref name="now"/>.</summary>
    public ExitOrderReview Review(OpenExitOrder order, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        var rest = order.RemainingQuantity;
        if (rest == 0)
        {
            return new ExitOrderReview(ExitOrderAction.Completed, 0, null, $"order {order.OrderId} fully filled ({order.FilledQuantity})");
        }

        if (now >= MarketClose)
        {
            return new ExitOrderReview(ExitOrderAction.Expired, rest, null,
                $"order {order.OrderId}: {rest} unfilled at the close ({DecisionText.Instant(MarketClose)})");
        }

        var due = ConversionDueAt(order);
        if (due is null)
        {
            return new ExitOrderReview(ExitOrderAction.Keep, rest, MarketClose,
                $"market order {order.OrderId}: {rest} still working");
        }

        var rule = order.Reason == ExitReason.ForcedExit || due == ForcedMarketConversion
            ? $"conversion at {DecisionText.Instant(ForcedMarketConversion)}"
            : $"{DecisionText.Seconds(_timeout)} limit timeout";
        return now >= due
            ? new ExitOrderReview(ExitOrderAction.CancelAndReplaceWithMarket, rest, null,
                $"limit order {order.OrderId}: {rest} of {order.Quantity} unfilled at {DecisionText.Instant(now)} ({rule}): cancel, sell the rest at market")
            : new ExitOrderReview(ExitOrderAction.Keep, rest, due,
                $"limit order {order.OrderId}: {rest} of {order.Quantity} unfilled; {rule} at {DecisionText.Instant(due.Value)}");
    }
}
