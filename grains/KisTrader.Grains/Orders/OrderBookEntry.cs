namespace KisTrader.Grains.Orders;

/// <summary>Which order owns a broker order number, and its trading date (old entries are dropped).</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.OrderBookEntry")]
public sealed record OrderBookEntry([property: Id(0)] string ClientOrderId, [property: Id(1)] DateOnly TradingDate);
