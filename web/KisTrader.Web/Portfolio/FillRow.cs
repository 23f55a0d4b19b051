using KisTrader.Trading.Money;
using KisTrader.Trading.Orders;

namespace KisTrader.Web.Portfolio;

/// <summary>One execution an order counted (a trade of the history).</summary>
/// <param name="Sequence">The journal sequence of the event that counted it.</param>
/// <param name="ClientOrderId">The order.</param>
/// <param name="TradingDate">The order's session date.</param>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Purpose">Entry, exit or manual.</param>
/// <param name="Quantity">Shares.</param>
/// <param name="Price">Price (KRW).</param>
/// <param name="At">When it executed.</param>
/// <param name="FromPolling">True when the executions poll found it before the 체결통보.</param>
public sealed record FillRow(
    long Sequence, string ClientOrderId, DateOnly TradingDate, string Symbol, OrderSide Side, OrderPurpose Purpose,
    long Quantity, decimal Price, DateTimeOffset At, bool FromPolling);
