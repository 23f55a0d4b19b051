using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Storage.Orders;

/// <summary>A row of <c>journal.order_state_changes</c>.</summary>
/// <param name="OrderId">The order's journal id.</param>
/// <param name="OccurredAt">When.</param>
/// <param name="State">The state reached.</param>
/// <param name="Note">A machine note (the change, a code), never a secret.</param>
public sealed record OrderStateChangeRecord(Guid OrderId, DateTimeOffset OccurredAt, OrderState State, string Note);
