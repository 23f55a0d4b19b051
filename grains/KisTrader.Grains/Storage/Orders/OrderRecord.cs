using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Storage.Orders;

/// <summary>A row of <c>journal.orders</c>: the intent under its journal id.</summary>
/// <param name="OrderId">The journal id (derived from the client order id, so a repeated write is the same row).</param>
/// <param name="Intent">What the order is meant to do (its account key is the journal's <c>account_ref</c>).</param>
/// <param name="CreatedAt">When the intent was persisted.</param>
public sealed record OrderRecord(Guid OrderId, OrderIntent Intent, DateTimeOffset CreatedAt);
