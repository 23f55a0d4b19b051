namespace KisTrader.Kis.Simulator.Market;

/// <summary>KRX market of a listing (the master file it appears in).</summary>
internal enum SimMarketId
{
    /// <summary>유가증권시장 (kospi_code.mst; index 0001).</summary>
    Kospi,

    /// <summary>코스닥 (kosdaq_code.mst; index 1001).</summary>
    Kosdaq,
}

/// <summary>What kind of security a listing is (drives the master group code, ETP/SPAC/우선주 flags and the tick grid).</summary>
internal enum SimListingKind
{
    /// <summary>Ordinary share, group ST.</summary>
    Stock,

    /// <summary>Preferred share (우선주), group ST with the 우선주 flag.</summary>
    Preferred,

    /// <summary>Special purpose acquisition company (스팩), group ST with the SPAC flag.</summary>
    Spac,

    /// <summary>Real-estate investment trust (리츠), group RT.</summary>
    Reit,

    /// <summary>Infrastructure / ship / investment-company funds (IF, SC, MF).</summary>
    Fund,

    /// <summary>Exchange-traded fund, group EF, ETP flag 2; 5-won tick.</summary>
    Etf,

    /// <summary>Exchange-traded note, group EN, ETP flag 3; code prefixed Q; 5-won tick.</summary>
    Etn,
}

/// <summary>시장경고 (master file code 00..03).</summary>
internal enum SimMarketWarning
{
    None = 0,
    Caution = 1,
    Warning = 2,
    Risk = 3,
}

/// <summary>The market phase at an instant (kis-api.md §7).</summary>
internal enum SimPhase
{
    /// <summary>Not a trading day, or before the pre-open / after the after-hours session.</summary>
    Closed,

    /// <summary>Opening-auction intake (08:30–09:00): an expected price exists, no trades.</summary>
    PreOpen,

    /// <summary>Continuous session (09:00–15:20).</summary>
    Continuous,

    /// <summary>Closing single-price intake (15:20–15:30): expected price, no trades until 15:30.</summary>
    ClosingAuction,

    /// <summary>Between the close and the closing-price session (15:30–15:40).</summary>
    PostClose,

    /// <summary>장후 시간외 종가 (15:40–16:00): trades at the close only.</summary>
    ClosingPriceSession,

    /// <summary>시간외 단일가 (16:00–18:00): auctions every 10 minutes within ±10% of the close.</summary>
    AfterHours,
}

/// <summary>Who initiated a print: buyer (at the ask), seller (at the bid), or a single-price auction.</summary>
internal enum SimSide
{
    Buy,
    Sell,
    Auction,
}

/// <summary>Kind of a market event in <see cref="ISimMarket.Events"/>.</summary>
internal enum SimEventKind
{
    /// <summary>Continuous-session print (Price, Volume, Side Buy/Sell).</summary>
    Trade,

    /// <summary>Best quotes changed (Price = best ask, Volume = best-ask quantity); follows trades and quote moves.</summary>
    QuoteChange,

    /// <summary>Expected (indicative) price of the opening or closing auction during its intake (Volume = expected volume).</summary>
    ExpectedPrice,

    /// <summary>Opening single-price match at the open.</summary>
    OpeningAuction,

    /// <summary>Closing single-price match at the close (the official close).</summary>
    ClosingAuction,

    /// <summary>장후 시간외 종가 print at the close price (15:40–16:00).</summary>
    ClosingPriceTrade,

    /// <summary>After-hours single-price match (every 10 minutes, 16:10–18:00).</summary>
    AfterHoursMatch,

    /// <summary>After-hours indicative price between auctions (Volume = indicative volume).</summary>
    AfterHoursIndicative,

    /// <summary>Index value update (Code = index code 0001/1001; Price = index value; Volume = cumulative volume).</summary>
    IndexTick,
}

/// <summary>Kind of a single-price auction.</summary>
internal enum SimAuctionKind
{
    Opening,
    Closing,
    AfterHours,
}
