namespace KisTrader.Kis.WebSocket;

/// <summary>One level of an order book: price (won) and resting quantity (shares).</summary>
public readonly record struct OrderBookLevel(decimal Price, long Quantity);
