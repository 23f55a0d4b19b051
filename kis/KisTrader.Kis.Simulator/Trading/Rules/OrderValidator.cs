using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Market;
using System.Globalization;
using KisTrader.Kis.Simulator.Trading.Market;

namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>
/// The stateless order checks of the order desk, in KIS's order: quantity, order type (and paper support), product,
/// trading day, the type's session window, halt, then price (grid, daily limits, after-hours band).
/// Cash and sellable quantity need the account and are checked by the trading book afterwards.
/// </summary>
internal static class OrderValidator
{
    /// <summary>Parses a KIS quantity string ("10"): digits only, positive.</summary>
    public static bool TryParseQuantity(string? text, out long quantity)
    {
        quantity = 0;
        return !string.IsNullOrWhiteSpace(text)
            && text.Trim().All(char.IsAsciiDigit)
            && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out quantity)
            && quantity > 0;
    }

    /// <summary>Parses a KIS price string: integer won, "0" or empty meaning no price.</summary>
    public static bool TryParsePrice(string? text, out decimal price)
    {
        price = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        return trimmed.All(char.IsAsciiDigit) && decimal.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out price);
    }

    public static KisRejection? Validate(
        string ordDvsn,
        string ordQty,
        string ordUnpr,
        TradableInstrument? instrument,
        SimSession session,
        decimal? todayClose,
        DateTimeOffset now,
        bool paper,
        out ValidatedOrder? order)
    {
        order = null;
        if (!TryParseQuantity(ordQty, out var quantity))
        {
            return TradingMessages.InvalidQuantity.For(paper);
        }

        var type = OrderType.Find(ordDvsn?.Trim() ?? string.Empty);
        if (type is null)
        {
            return TradingMessages.InvalidOrderType.For(paper);
        }

        if (paper && type.RealOnly)
        {
            return TradingMessages.PaperUnsupportedOrderType;
        }

        if (instrument is null)
        {
            return TradingMessages.UnknownProduct.For(paper);
        }

        if (!session.IsTradingDay)
        {
            return TradingMessages.ClosedDay.For(paper);
        }

        var window = WindowCheck(type, session, Kst.TimeOf(now), paper);
        if (window is not null)
        {
            return window;
        }

        if (instrument.Halted)
        {
            return TradingMessages.Halted.For(paper);
        }

        if (!TryParsePrice(ordUnpr, out var entered))
        {
            return TradingMessages.InvalidPrice.For(paper);
        }

        var expiresAt = Kst.At(session.Date, ExpiryTime(type, session));
        switch (type.Session)
        {
            case OrderSession.PreMarketClosingPrice:
                order = new ValidatedOrder(type, quantity, instrument.BasePrice, instrument.BasePrice, expiresAt);
                return null;
            case OrderSession.AfterCloseClosingPrice:
                var close = todayClose ?? instrument.BasePrice;
                order = new ValidatedOrder(type, quantity, close, close, expiresAt);
                return null;
        }

        if (!type.UsesPrice)
        {
            order = new ValidatedOrder(type, quantity, 0m, instrument.UpperLimit, expiresAt);
            return null;
        }

        if (entered <= 0m)
        {
            return TradingMessages.InvalidPrice.For(paper);
        }

        if (!TickRules.IsOnGrid(entered, instrument.IsEtfLike))
        {
            return TradingMessages.TickGrid.For(paper);
        }

        if (entered > instrument.UpperLimit || entered < instrument.LowerLimit)
        {
            return TradingMessages.PriceLimit.For(paper);
        }

        if (type.Session == OrderSession.AfterHoursSinglePrice)
        {
            var (low, high) = AfterHoursBand(todayClose ?? instrument.BasePrice, instrument);
            if (entered > high || entered < low)
            {
                return TradingMessages.AfterHoursBand.For(paper);
            }
        }

        order = new ValidatedOrder(type, quantity, entered, entered, expiresAt);
        return null;
    }

    /// <summary>
    /// 시간외 단일가 band: ±10% of today's close on the quote grid (rounded inwards), never beyond the daily limits.
    /// </summary>
    public static (decimal Low, decimal High) AfterHoursBand(decimal close, TradableInstrument instrument)
    {
        var high = TickRules.RoundDown(close * 1.1m, instrument.IsEtfLike);
        var low = TickRules.RoundUp(close * 0.9m, instrument.IsEtfLike);
        return (Math.Max(low, instrument.LowerLimit), Math.Min(high, instrument.UpperLimit));
    }

    private static KisRejection? WindowCheck(OrderType type, SimSession s, TimeOnly t, bool paper)
    {
        var (start, end) = type.Session switch
        {
            OrderSession.Regular => (s.PreOpen, type.Code == "02" ? s.ClosingAuctionStart : s.Close),
            OrderSession.ContinuousOnly => (s.Open, s.ClosingAuctionStart),
            OrderSession.PreMarketClosingPrice => (s.PreOpen, s.PreMarketClosingEnd),
            OrderSession.AfterCloseClosingPrice => (s.ClosingPriceStart, s.AfterHoursStart),
            _ => (s.AfterHoursStart, s.AfterHoursEnd),
        };
        if (t >= start && t < end)
        {
            return null;
        }

        var afterHoursType = type.Session is OrderSession.PreMarketClosingPrice or OrderSession.AfterCloseClosingPrice or OrderSession.AfterHoursSinglePrice;
        if (t < s.PreOpen || (t < start && !afterHoursType))
        {
            return TradingMessages.BeforeOpen.For(paper);
        }

        return afterHoursType ? TradingMessages.AfterHoursWindowClosed.For(paper) : TradingMessages.RegularSessionClosed.For(paper);
    }

    private static TimeOnly ExpiryTime(OrderType type, SimSession s) => type.Session switch
    {
        OrderSession.PreMarketClosingPrice => s.PreMarketClosingEnd,
        OrderSession.AfterCloseClosingPrice => s.AfterHoursStart,
        OrderSession.AfterHoursSinglePrice => s.AfterHoursEnd,
        _ => s.Close,
    };
}
