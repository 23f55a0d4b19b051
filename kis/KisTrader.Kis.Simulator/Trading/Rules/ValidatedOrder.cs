namespace KisTrader.Kis.Simulator.Trading.Rules;

/// <summary>An order that passed the stateless checks (format, product, session window, price).</summary>
/// <param name="Type">The ORD_DVSN type.</param>
/// <param name="Quantity">ORD_QTY.</param>
/// <param name="Price">The order's limit (0 for market-like types; the closing price for 05/06).</param>
/// <param name="ReservePrice">Per-share price at which buying power is reserved (limit, close or upper limit).</param>
/// <param name="ExpiresAt">End of the order's session: an unfilled rest lapses there.</param>
internal sealed record ValidatedOrder(OrderType Type, long Quantity, decimal Price, decimal ReservePrice, DateTimeOffset ExpiresAt);
