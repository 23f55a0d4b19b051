namespace KisTrader.Kis.WebSocket;

/// <summary>H0UPCNT0 (30 fields, kis-api.md §5.4): an index tick. Index points as decimals; values in 백만원 as sent.</summary>
public sealed record IndexTick : KisMarketEvent
{
    /// <summary>Index code (bstp_cls_code): 0001 KOSPI, 1001 KOSDAQ ….</summary>
    public required string IndexCode { get; init; }

    public required decimal Value { get; init; }

    public required PriceChangeSign ChangeSign { get; init; }

    public required decimal Change { get; init; }

    public required long CumulativeVolume { get; init; }

    /// <summary>Cumulative trading value in millions of won (acml_tr_pbmn).</summary>
    public required decimal CumulativeValueMillions { get; init; }

    /// <summary>Volume since the previous tick (pcas_vol).</summary>
    public required long TickVolume { get; init; }

    public required decimal TickValueMillions { get; init; }

    public required decimal ChangeRate { get; init; }

    public required decimal Open { get; init; }

    public required decimal High { get; init; }

    public required decimal Low { get; init; }

    public required decimal ChangeFromOpen { get; init; }

    public required PriceChangeSign ChangeFromOpenSign { get; init; }

    public required decimal ChangeFromHigh { get; init; }

    public required PriceChangeSign ChangeFromHighSign { get; init; }

    public required decimal ChangeFromLow { get; init; }

    public required PriceChangeSign ChangeFromLowSign { get; init; }

    public required decimal OpenRateToPreviousClose { get; init; }

    public required decimal HighRateToPreviousClose { get; init; }

    public required decimal LowRateToPreviousClose { get; init; }

    public required int UpperLimitCount { get; init; }

    public required int AdvancerCount { get; init; }

    public required int UnchangedCount { get; init; }

    public required int DeclinerCount { get; init; }

    public required int LowerLimitCount { get; init; }

    public required int QuoteAdvancerCount { get; init; }

    public required int QuoteDeclinerCount { get; init; }

    /// <summary>Change since the previous tick (tick_vrss).</summary>
    public required decimal TickChange { get; init; }
}
