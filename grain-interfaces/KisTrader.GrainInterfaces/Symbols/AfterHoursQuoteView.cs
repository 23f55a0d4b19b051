namespace KisTrader.GrainInterfaces;

/// <summary>
/// A symbol's after-hours single-price picture on one day (strategy.md §6): the latest match and the indicative price,
/// from the realtime feed (H0STOUP0 matches, H0STOAC0 / H0STOAA0 indicatives) or, when the feed cannot be trusted,
/// from inquire-overtime-price.
/// </summary>
/// <param name="Code">6-digit code.</param>
/// <param name="Date">The KST business date.</param>
/// <param name="LastMatchPrice">The latest after-hours match of the day, or null before the first.</param>
/// <param name="IndicativePrice">The latest indicative (expected) match price, or null.</param>
/// <param name="FromRest">True when read from the REST endpoint (the feed was down or had nothing for the symbol).</param>
/// <param name="At">The instant of the latest information (exchange time for the feed, the read time for REST).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AfterHoursQuoteView")]
public sealed record AfterHoursQuoteView(
    [property: Id(0)] string Code,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] decimal? LastMatchPrice,
    [property: Id(3)] decimal? IndicativePrice,
    [property: Id(4)] bool FromRest,
    [property: Id(5)] DateTimeOffset? At);
