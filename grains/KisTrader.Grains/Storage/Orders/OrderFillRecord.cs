namespace KisTrader.Grains.Storage.Orders;

/// <summary>A row of <c>journal.fills</c>.</summary>
/// <param name="OrderId">The order's journal id.</param>
/// <param name="BrokerOrderNo">The ODNO it executed under.</param>
/// <param name="FillKey">The key it is counted once by.</param>
/// <param name="FilledAt">When it executed.</param>
/// <param name="Quantity">Shares.</param>
/// <param name="Price">Price (KRW).</param>
public sealed record OrderFillRecord(Guid OrderId, string BrokerOrderNo, string FillKey, DateTimeOffset FilledAt, long Quantity, decimal Price);
