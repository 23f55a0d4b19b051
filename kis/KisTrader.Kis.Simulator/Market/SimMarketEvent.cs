namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// One market event (see <see cref="SimEventKind"/>). Events are ordered by At, then by listing order, then by kind; the
/// full state after an event is <see cref="ISimMarket.Quote"/> / <see cref="ISimMarket.AfterHours"/> at the same instant.
/// </summary>
/// <param name="At">Instant of the event.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Code">Listing code, or the index code for <see cref="SimEventKind.IndexTick"/>.</param>
/// <param name="Price">Trade / match / indicative price, best ask for QuoteChange, index value for IndexTick.</param>
/// <param name="Volume">Print volume, matched volume, indicative volume, best-ask quantity or cumulative index volume.</param>
/// <param name="Side">Print side (Auction for single-price events and non-trade events).</param>
internal readonly record struct SimMarketEvent(
    DateTimeOffset At,
    SimEventKind Kind,
    string Code,
    decimal Price,
    long Volume,
    SimSide Side);
