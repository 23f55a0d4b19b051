using KisTrader.Trading.Calendar;
using KisTrader.Trading.Orders;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Risk;

/// <summary>
/// When each order type is accepted (kis-api.md §4.9, §7; strategy.md §6–§7), on the day's actual clock (special days
/// shift): limit (00) and market (01) in the regular session, continuous trading and the closing auction (base
/// 09:00–15:30); after-hours single price (07) only in 16:00–18:00, and in that session nothing else. An order meant for
/// another session date, or sent on a day without trading, is refused.
/// </summary>
public sealed class SessionWindowRule : IRiskRule
{
    public RiskRefusal? Check(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var order = check.Order;
        var today = KrxTime.DateOf(check.At);
        if (check.Sessions is not { } sessions || sessions.Date != today)
        {
            return new RiskRefusal(RiskCodes.SessionWindow, $"{RiskText.Date(today)} is not a trading day ({RiskText.Kst(check.At)})");
        }

        if (order.TradingDate != today)
        {
            return new RiskRefusal(RiskCodes.TradingDate, $"the order is for the session of {RiskText.Date(order.TradingDate)}, now is {RiskText.Kst(check.At)}");
        }

        var phase = sessions.PhaseAt(check.At);
        var afterHours = order.Kind == OrderKind.AfterHoursSinglePrice;
        if (afterHours ? phase == MarketPhase.AfterHoursSinglePrice : phase is MarketPhase.Regular or MarketPhase.ClosingAuction)
        {
            return null;
        }

        if (phase == MarketPhase.AfterHoursSinglePrice || (afterHours && phase is MarketPhase.Regular or MarketPhase.ClosingAuction))
        {
            return new RiskRefusal(
                RiskCodes.OrderType,
                $"{RiskText.Kind(order.Kind)} orders are not accepted in the {Name(phase)} ({RiskText.Kst(check.At)})");
        }

        var window = afterHours
            ? $"{RiskText.Clock(sessions.AfterHoursStart)}–{RiskText.Clock(sessions.AfterHoursEnd)}"
            : $"{RiskText.Clock(sessions.RegularOpen)}–{RiskText.Clock(sessions.RegularClose)}";
        return new RiskRefusal(
            RiskCodes.SessionWindow,
            $"{RiskText.Kind(order.Kind)} orders are accepted {window} KST, not at {RiskText.Kst(check.At)} ({Name(phase)})");
    }

    private static string Name(MarketPhase phase) => phase switch
    {
        MarketPhase.PreOpen => "opening auction intake",
        MarketPhase.Regular => "regular session",
        MarketPhase.ClosingAuction => "closing auction",
        MarketPhase.Break => "break",
        MarketPhase.ClosingPriceSession => "closing-price session",
        MarketPhase.AfterHoursSinglePrice => "after-hours single-price session",
        _ => "closed market",
    };
}
