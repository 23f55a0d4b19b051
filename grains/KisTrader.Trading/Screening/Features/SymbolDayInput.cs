namespace KisTrader.Trading.Screening.Features;

/// <summary>
/// Everything the screen knows about one listing on the session date D, as of the close. Money in KRW, volumes in
/// shares. Optional parts may be absent while the funnel is still collecting (architecture.md: quotes first, minute
/// bars and execution strength only for survivors): an absent part makes the features that need it
/// <see cref="FeatureState.Missing"/>, which <see cref="Screener.Assess"/> treats as "could still pass" and the full
/// screen treats as a failure.
/// </summary>
public sealed record SymbolDayInput
{
    /// <summary>The 6-digit KRX code.</summary>
    public required string Code { get; init; }

    /// <summary>The Korean name (for people; never used by a rule).</summary>
    public string Name { get; init; } = "";

    /// <summary>KOSPI or KOSDAQ: selects the index of C5.</summary>
    public required Market.Market Market { get; init; }

    /// <summary>Exclusion flags (SPAC, REIT, preferred, ETF/ETN/ELW, halted, 관리종목).</summary>
    public ListingFlags Flags { get; init; }

    /// <summary>
    /// Market capitalisation at the close, KRW: close × listed shares, exact (strategy.md §3 Conventions) — not the
    /// broker's rounded 억 field. 0 when the share count is unknown (the base filter then excludes the listing, saying so).
    /// </summary>
    public required decimal MarketCap { get; init; }

    /// <summary>The previous trading day's close (the base of the day return).</summary>
    public required decimal PreviousClose { get; init; }

    /// <summary>Today's official close (closing auction price).</summary>
    public required decimal Close { get; init; }

    /// <summary>
    /// Today's regular-session volume, both auctions included (KIS <c>acml_vol</c> at the close, before the
    /// 15:40 closing-price session adds to it).
    /// </summary>
    public required long DayVolume { get; init; }

    /// <summary>Today's regular-session trading value (거래대금, <c>acml_tr_pbmn</c>), KRW.</summary>
    public required decimal DayTradingValue { get; init; }

    /// <summary>Day return of this symbol's market index (KOSPI or KOSDAQ), a fraction: 0.01 = +1%.</summary>
    public required decimal IndexDayReturn { get; init; }

    /// <summary>
    /// Daily volumes of the trading days before D, oldest first (the last element is D−1). The last
    /// <c>VolumeHistoryDays</c> (20) are used. Null when not fetched yet.
    /// </summary>
    public IReadOnlyList<long>? PreviousVolumes { get; init; }

    /// <summary>
    /// Today's 1-minute bars, any order, each minute once (see <see cref="MinuteBar"/> for the time convention). C3
    /// needs every bar from the cutoff (14:00) to the close, the closing-auction bar included; C2 needs the bars back to
    /// the last traded minute before the cutoff (the whole day is fine). When no supplied bar before the cutoff traded
    /// and the bars do not reach back to the open, C2 is <see cref="FeatureState.Missing"/>. Null when not fetched yet.
    /// </summary>
    public IReadOnlyList<MinuteBar>? MinuteBars { get; init; }

    /// <summary>Cumulative buy-initiated volume at the close, when known (preferred source of C4).</summary>
    public long? BuyInitiatedVolume { get; init; }

    /// <summary>Cumulative sell-initiated volume at the close, when known (preferred source of C4).</summary>
    public long? SellInitiatedVolume { get; init; }

    /// <summary>The broker's 체결강도 at the close (KIS <c>tday_rltv</c>), used for C4 when the cumulative volumes are absent.</summary>
    public decimal? BrokerExecutionStrength { get; init; }

    /// <summary>
    /// The day's VWAP (KIS <c>wghn_avrg_stck_prc</c>) when supplied; otherwise C6 uses
    /// <see cref="DayTradingValue"/> ÷ <see cref="DayVolume"/>, which is the same quantity.
    /// </summary>
    public decimal? Vwap { get; init; }
}
