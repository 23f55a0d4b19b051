using System.Collections.Immutable;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// H0STASP0 (59 fields, 10 levels) or H0STOAA0 (54 fields, 9 levels, no deal class) — kis-api.md §5.4.
/// Level 1 first; empty levels have price 0.
/// </summary>
public sealed record OrderBook : KisMarketEvent
{
    /// <summary>6-digit code.</summary>
    public required string Symbol { get; init; }

    /// <summary>True for H0STOAA0 (after-hours single price book).</summary>
    public required bool AfterHours { get; init; }

    /// <summary>HOUR_CLS_CODE: 0 장중, A 장후예상, B 장전예상, D 시간외단일가 ….</summary>
    public required string HourClassCode { get; init; }

    public required ImmutableArray<OrderBookLevel> Asks { get; init; }

    public required ImmutableArray<OrderBookLevel> Bids { get; init; }

    public required long TotalAskQuantity { get; init; }

    public required long TotalBidQuantity { get; init; }

    public required long AfterHoursTotalAskQuantity { get; init; }

    public required long AfterHoursTotalBidQuantity { get; init; }

    /// <summary>예상체결가 (ANTC_CNPR); 0 when none.</summary>
    public required decimal ExpectedPrice { get; init; }

    public required long ExpectedQuantity { get; init; }

    public required long ExpectedVolume { get; init; }

    public required decimal ExpectedChange { get; init; }

    public required PriceChangeSign ExpectedChangeSign { get; init; }

    public required decimal ExpectedChangeRate { get; init; }

    public required long CumulativeVolume { get; init; }

    public required long TotalAskQuantityChange { get; init; }

    public required long TotalBidQuantityChange { get; init; }

    public required long AfterHoursTotalAskChange { get; init; }

    public required long AfterHoursTotalBidChange { get; init; }

    /// <summary>STCK_DEAL_CLS_CODE (field 59 of H0STASP0); null for H0STOAA0.</summary>
    public string? DealClassCode { get; init; }
}
