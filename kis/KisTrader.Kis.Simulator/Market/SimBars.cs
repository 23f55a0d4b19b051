namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// A 1-minute bar of the continuous session. Volume = BuyVolume + SellVolume + AuctionVolume (the opening auction's volume
/// sits in the first bar). Only prints at or before the query instant are included: the current minute is partial and appears
/// with its first print.
/// </summary>
/// <param name="Start">Bar start (stck_cntg_hour = HHMM00 of this instant).</param>
/// <param name="Open">First print.</param>
/// <param name="High">Highest print.</param>
/// <param name="Low">Lowest print.</param>
/// <param name="Close">Last print.</param>
/// <param name="Volume">All volume of the minute.</param>
/// <param name="BuyVolume">Buy-initiated volume.</param>
/// <param name="SellVolume">Sell-initiated volume.</param>
/// <param name="TradingValue">Σ price × volume of the prints (won).</param>
internal readonly record struct SimMinuteBar(
    DateTimeOffset Start,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    long Volume,
    long BuyVolume,
    long SellVolume,
    decimal TradingValue);

/// <summary>A continuous-session or auction print.</summary>
internal readonly record struct SimTrade(DateTimeOffset At, decimal Price, long Volume, SimSide Side);

/// <summary>A single-price auction's match.</summary>
internal sealed record SimAuction(DateTimeOffset At, SimAuctionKind Kind, decimal Price, long Volume);

/// <summary>A completed trading day of a listing (daily chart row). Volume includes the closing-price session.</summary>
internal sealed record SimDailyBar(
    DateOnly Date,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    long Volume,
    decimal TradingValue,
    decimal PrevClose);

/// <summary>A day's after-hours single-price summary (inquire-daily-overtimeprice). Last/Open/High/Low null when nothing matched.</summary>
internal sealed record SimAfterHoursDailyBar(
    DateOnly Date,
    decimal RegularClose,
    decimal? Open,
    decimal? High,
    decimal? Low,
    decimal? Last,
    long Volume,
    decimal TradingValue);
