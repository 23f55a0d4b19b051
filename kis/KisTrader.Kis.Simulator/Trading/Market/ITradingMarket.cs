using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Trading.Market;

/// <summary>
/// The narrow view of the market that the trading book needs, over simmkt's <see cref="ISimMarket"/>
/// (<see cref="SimMarketTradingAdapter"/>) or a scripted fake in tests. Pure functions of their arguments.
/// </summary>
internal interface ITradingMarket
{
    /// <summary>Session times of a KST date.</summary>
    SimSession Session(DateOnly date);

    /// <summary>The next trading day strictly after <paramref name="date"/>.</summary>
    DateOnly NextTradingDay(DateOnly date);

    /// <summary>The listing with its day's 기준가 and limits, or null when the code is unknown.</summary>
    TradableInstrument? Instrument(string code, DateOnly date);

    /// <summary>The continuous-session book at an instant (null when unknown).</summary>
    SimBook? Book(string code, DateTimeOffset at);

    /// <summary>The opening single-price auction of a trading date.</summary>
    SimAuction? OpeningAuction(string code, DateOnly date);

    /// <summary>The closing single-price auction (the official close) of a trading date.</summary>
    SimAuction? ClosingAuction(string code, DateOnly date);

    /// <summary>The after-hours single-price match at exactly <paramref name="auctionAt"/>.</summary>
    SimAuction? AfterHoursAuction(string code, DateTimeOffset auctionAt);

    /// <summary>Last regular-session price at an instant (the close after 15:30).</summary>
    decimal? LastPrice(string code, DateTimeOffset at);

    /// <summary>Last after-hours single-price match at an instant, or null when none yet that day.</summary>
    decimal? AfterHoursLastPrice(string code, DateTimeOffset at);

    /// <summary>Continuous-session prints (buyer- or seller-initiated, no auctions) in (fromExclusive, toInclusive].</summary>
    IReadOnlyList<SimTrade> Trades(string code, DateTimeOffset fromExclusive, DateTimeOffset toInclusive);
}
