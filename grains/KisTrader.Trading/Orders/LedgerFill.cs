namespace KisTrader.Trading.Orders;

/// <summary>One execution counted by an order's <see cref="OrderFillLedger"/>.</summary>
/// <param name="Key">The broker-side identity it is de-duplicated by: a notice's identity, or the catch-up key of a poll.</param>
/// <param name="OrderNumber">The broker order number (ODNO) it executed under.</param>
/// <param name="Quantity">Shares (positive).</param>
/// <param name="Price">Price (KRW, positive); a catch-up fill carries the average of the quantity it adds (4 decimals).</param>
/// <param name="Amount">Quantity × price, exact: a catch-up fill's is the broker's cumulative amount minus what was counted.</param>
/// <param name="At">When it executed (a catch-up fill: the broker's last fill time, or the poll's instant).</param>
/// <param name="FromPolling">True for a catch-up fill created from the daily executions.</param>
public sealed record LedgerFill(string Key, string OrderNumber, long Quantity, decimal Price, decimal Amount, DateTimeOffset At, bool FromPolling);
