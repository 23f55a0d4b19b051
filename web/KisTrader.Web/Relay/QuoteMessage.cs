namespace KisTrader.Web.Relay;

/// <summary>
/// The latest market data of one symbol as the hub sends it (<c>quote</c>): the last print and the best book of the batch
/// window, and how many stream items the batch folded (<see cref="Items"/>).
/// </summary>
public sealed record QuoteMessage(
    string Symbol,
    DateTimeOffset At,
    decimal? Price,
    decimal? Change,
    decimal? ChangeRate,
    long? CumulativeVolume,
    decimal? Strength,
    decimal? BestAsk,
    decimal? BestBid,
    decimal? ExpectedPrice,
    bool AfterHours,
    int Items);
