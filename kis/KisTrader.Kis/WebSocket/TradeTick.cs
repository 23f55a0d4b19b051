namespace KisTrader.Kis.WebSocket;

/// <summary>
/// One print of H0STCNT0 (46 fields), H0STOUP0 or H0STOAC0 (fields 1–43 of the same list; kis-api.md §5.4).
/// Prices in won, volumes in shares, rates in percent.
/// </summary>
public sealed record TradeTick : KisMarketEvent
{
    /// <summary>Regular, after-hours match or after-hours indicative.</summary>
    public required TradeTickKind Kind { get; init; }

    /// <summary>6-digit code (MKSC_SHRN_ISCD).</summary>
    public required string Symbol { get; init; }

    /// <summary>Business date (BSOP_DATE, field 34).</summary>
    public required DateOnly BusinessDate { get; init; }

    /// <summary>Print instant: <see cref="BusinessDate"/> + <see cref="KisMarketEvent.Time"/> in KST.</summary>
    public required DateTimeOffset At { get; init; }

    public required decimal Price { get; init; }

    public required PriceChangeSign ChangeSign { get; init; }

    /// <summary>Change against the previous close (기준가), signed.</summary>
    public required decimal Change { get; init; }

    public required decimal ChangeRate { get; init; }

    public required decimal WeightedAveragePrice { get; init; }

    public required decimal Open { get; init; }

    public required decimal High { get; init; }

    public required decimal Low { get; init; }

    public required decimal BestAsk { get; init; }

    public required decimal BestBid { get; init; }

    /// <summary>Volume of this print (CNTG_VOL).</summary>
    public required long Volume { get; init; }

    public required long CumulativeVolume { get; init; }

    /// <summary>Cumulative trading value in won (ACML_TR_PBMN).</summary>
    public required decimal CumulativeValue { get; init; }

    public required long SellCount { get; init; }

    public required long BuyCount { get; init; }

    public required long NetBuyCount { get; init; }

    /// <summary>체결강도 (CTTR): buy volume / sell volume × 100.</summary>
    public required decimal Strength { get; init; }

    public required long SellVolume { get; init; }

    public required long BuyVolume { get; init; }

    public required TradeSide Side { get; init; }

    public required decimal BuyRatio { get; init; }

    /// <summary>Cumulative volume as a percentage of the previous day's (PRDY_VOL_VRSS_ACML_VOL_RATE).</summary>
    public required decimal VolumeRateToPreviousDay { get; init; }

    /// <summary>신 장운영 구분 (NEW_MKOP_CLS_CODE, field 35), e.g. 20 장중, 40 시간외단일가.</summary>
    public required string MarketOperationCode { get; init; }

    /// <summary>거래정지 (TRHT_YN = Y).</summary>
    public required bool Halted { get; init; }

    public required long BestAskQuantity { get; init; }

    public required long BestBidQuantity { get; init; }

    public required long TotalAskQuantity { get; init; }

    public required long TotalBidQuantity { get; init; }

    /// <summary>Turnover (VOL_TNRT, percent of listed shares).</summary>
    public required decimal VolumeTurnover { get; init; }

    /// <summary>Previous day's cumulative volume at the same time (PRDY_SMNS_HOUR_ACML_VOL, field 42).</summary>
    public required long PreviousDaySameTimeVolume { get; init; }

    public required decimal PreviousDaySameTimeVolumeRate { get; init; }

    /// <summary>HOUR_CLS_CODE (field 44); null on the 43-field after-hours records.</summary>
    public string? HourClassCode { get; init; }

    /// <summary>임의종료구분 (field 45); null on after-hours records or when empty.</summary>
    public string? MarketTerminationCode { get; init; }

    /// <summary>정적VI발동기준가 (field 46); null on after-hours records.</summary>
    public decimal? StaticViBasePrice { get; init; }
}
