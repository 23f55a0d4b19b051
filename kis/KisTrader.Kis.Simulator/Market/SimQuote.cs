namespace KisTrader.Kis.Simulator.Market;

/// <summary>
/// The regular-session state of a listing at an instant: everything inquire-price and H0STCNT0 need, computed only from
/// prints at or before <see cref="At"/> (no future data). Before the first trade of the day the price is the base price and
/// Open/High/Low are null. After the close the price is the official close.
/// </summary>
/// <param name="Code">Listing code.</param>
/// <param name="At">The instant the quote describes.</param>
/// <param name="Date">The trading date whose data is shown (the previous trading day before today's pre-open).</param>
/// <param name="Phase">Market phase at <see cref="At"/>.</param>
/// <param name="Basis">기준가 and limits of <see cref="Date"/>.</param>
/// <param name="Price">Last price (stck_prpr).</param>
/// <param name="Open">First price of the day (null before the open).</param>
/// <param name="High">Day high so far.</param>
/// <param name="Low">Day low so far.</param>
/// <param name="Volume">Cumulative volume (continuous + auctions + closing-price session).</param>
/// <param name="TradingValue">Cumulative trading value in won.</param>
/// <param name="BuyVolume">Cumulative buy-initiated continuous volume (shnu_cntg_smtn).</param>
/// <param name="SellVolume">Cumulative sell-initiated continuous volume (seln_cntg_smtn).</param>
/// <param name="BuyCount">Number of buy-initiated prints.</param>
/// <param name="SellCount">Number of sell-initiated prints.</param>
/// <param name="LastVolume">Volume of the last print (cntg_vol).</param>
/// <param name="LastTradeAt">Time of the last print (null before the first).</param>
/// <param name="LastSide">Side of the last print.</param>
/// <param name="OpenAt">Time of the first print.</param>
/// <param name="HighAt">Time the high was reached.</param>
/// <param name="LowAt">Time the low was reached.</param>
/// <param name="Ask1">Best ask (0 when the book is empty).</param>
/// <param name="Bid1">Best bid (0 when the book is empty).</param>
/// <param name="ExpectedPrice">Auction indicative price during PreOpen / ClosingAuction (null otherwise).</param>
/// <param name="ExpectedVolume">Auction indicative volume.</param>
/// <param name="IsFinal">True once the close is official (at or after the closing auction).</param>
internal sealed record SimQuote(
    string Code,
    DateTimeOffset At,
    DateOnly Date,
    SimPhase Phase,
    SimDayBasis Basis,
    decimal Price,
    decimal? Open,
    decimal? High,
    decimal? Low,
    long Volume,
    decimal TradingValue,
    long BuyVolume,
    long SellVolume,
    int BuyCount,
    int SellCount,
    long LastVolume,
    DateTimeOffset? LastTradeAt,
    SimSide LastSide,
    DateTimeOffset? OpenAt,
    DateTimeOffset? HighAt,
    DateTimeOffset? LowAt,
    decimal Ask1,
    decimal Bid1,
    decimal? ExpectedPrice,
    long ExpectedVolume,
    bool IsFinal)
{
    /// <summary>Day VWAP (wghn_avrg_stck_prc) = trading value ÷ volume; the base price when nothing traded.</summary>
    public decimal Vwap => Volume == 0 ? Basis.BasePrice : Math.Round(TradingValue / Volume, 2, MidpointRounding.AwayFromZero);

    /// <summary>체결강도 = buy volume ÷ sell volume × 100 (2 decimals); 0 when no sell volume yet.</summary>
    public decimal Strength => SellVolume == 0 ? 0m : Math.Round(BuyVolume * 100m / SellVolume, 2, MidpointRounding.AwayFromZero);

    /// <summary>Change vs the base price (prdy_vrss).</summary>
    public decimal Change => Price - Basis.BasePrice;

    /// <summary>Change rate in percent, 2 decimals (prdy_ctrt).</summary>
    public decimal ChangeRate => Basis.BasePrice == 0 ? 0m : Math.Round((Price - Basis.BasePrice) * 100m / Basis.BasePrice, 2, MidpointRounding.AwayFromZero);
}
