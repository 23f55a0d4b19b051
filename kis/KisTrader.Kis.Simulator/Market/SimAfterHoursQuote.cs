namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// 시간외 단일가 state of a listing at an instant (16:00–18:00; after 18:00 the final state). The band is ±10% of the
/// day's close, clipped to the daily limits. Before the first match Last/Open/High/Low are null and only the indicative
/// price exists.
/// </summary>
/// <param name="Code">Listing code.</param>
/// <param name="At">The instant described.</param>
/// <param name="Date">Trading date.</param>
/// <param name="Phase">Phase at the instant.</param>
/// <param name="BasePrice">The band base = the day's close (ovtm_untp_sdpr).</param>
/// <param name="UpperLimit">Band top (ovtm_untp_mxpr).</param>
/// <param name="LowerLimit">Band bottom (ovtm_untp_llam).</param>
/// <param name="Open">First match price of the day.</param>
/// <param name="High">Highest match price.</param>
/// <param name="Low">Lowest match price.</param>
/// <param name="Last">Last match price.</param>
/// <param name="LastMatchAt">Last match instant.</param>
/// <param name="LastMatchVolume">Volume of the last match.</param>
/// <param name="Volume">Cumulative matched volume.</param>
/// <param name="TradingValue">Cumulative matched value.</param>
/// <param name="IndicativePrice">Indicative (expected) price of the next match; null after the last auction.</param>
/// <param name="IndicativeVolume">Indicative volume of the next match.</param>
/// <param name="Book">9-level after-hours book (empty outside 16:00–18:00).</param>
internal sealed record SimAfterHoursQuote(
    string Code,
    DateTimeOffset At,
    DateOnly Date,
    SimPhase Phase,
    decimal BasePrice,
    decimal UpperLimit,
    decimal LowerLimit,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? Last,
    DateTimeOffset? LastMatchAt,
    long LastMatchVolume,
    long Volume,
    decimal TradingValue,
    decimal? IndicativePrice,
    long IndicativeVolume,
    SimBook Book);
