namespace KisTrader.Trading.Exits;

/// <summary>The latest market data of a held symbol.</summary>
/// <param name="Code">The KRX symbol code.</param>
/// <param name="Price">The last traded price (the current price r is measured with); must be positive.</param>
/// <param name="BestBid">The best bid (매수1호가), or null when the book has no bid; exit limit orders are placed here.</param>
/// <param name="Time">When the quote was received.</param>
public sealed record QuoteSnapshot(string Code, decimal Price, decimal? BestBid, DateTimeOffset Time);
