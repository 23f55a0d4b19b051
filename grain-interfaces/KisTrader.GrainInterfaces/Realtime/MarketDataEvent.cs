namespace KisTrader.GrainInterfaces;

/// <summary>
/// One item of the stream <c>ticks/&lt;symbol&gt;</c> (provider <see cref="ProviderNames.Streams"/>, namespace
/// <see cref="ProviderNames.TicksNamespace"/>): a trade print (<see cref="Tick"/>) or an order book (<see cref="Quote"/>);
/// exactly one of the two is set, as <see cref="Kind"/> says.
/// </summary>
/// <param name="Symbol">6-digit code (the stream key).</param>
/// <param name="Kind">Which feed: Trades, AfterHoursTrades and AfterHoursExpected carry a tick; Quotes and AfterHoursQuotes a book.</param>
/// <param name="TrId">The KIS TR ID that carried it.</param>
/// <param name="At">Exchange instant (KST business date + frame time).</param>
/// <param name="ReceivedAt">When the silo's KIS client received it (UTC, the silo's clock).</param>
/// <param name="Sequence">Publication order within the publishing activation (1, 2, …; per grain, not per stream).</param>
/// <param name="Tick">The print, for trade kinds.</param>
/// <param name="Quote">The book, for quote kinds.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.MarketDataEvent")]
public sealed record MarketDataEvent(
    [property: Id(0)] string Symbol,
    [property: Id(1)] MarketDataKinds Kind,
    [property: Id(2)] string TrId,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] DateTimeOffset ReceivedAt,
    [property: Id(5)] long Sequence,
    [property: Id(6)] MarketTick? Tick,
    [property: Id(7)] MarketQuote? Quote);
