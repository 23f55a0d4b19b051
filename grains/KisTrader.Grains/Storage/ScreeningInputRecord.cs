using KisTrader.Trading.Screening.Features;
using MarketKind = KisTrader.Trading.Market.Market;

namespace KisTrader.Grains.Storage;

/// <summary>
/// What a screening run knew about one listing (strategy.md §1–§2 inputs). Minute bars and the volume history are
/// summarised by their counts: the values they produced are in the candidates' six values.
/// </summary>
public sealed record ScreeningInputRecord
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required MarketKind Market { get; init; }

    public required ListingFlags Flags { get; init; }

    public required decimal MarketCap { get; init; }

    public required decimal PreviousClose { get; init; }

    public required decimal Close { get; init; }

    public required long DayVolume { get; init; }

    public required decimal DayTradingValue { get; init; }

    public required decimal IndexDayReturn { get; init; }

    /// <summary>How many previous daily volumes were known (null: not fetched).</summary>
    public int? PreviousVolumeDays { get; init; }

    /// <summary>How many minute bars were known (null: not fetched).</summary>
    public int? MinuteBarCount { get; init; }

    public long? BuyInitiatedVolume { get; init; }

    public long? SellInitiatedVolume { get; init; }

    public decimal? BrokerExecutionStrength { get; init; }

    public decimal? Vwap { get; init; }

    /// <summary>The journal row for a screen input.</summary>
    public static ScreeningInputRecord From(SymbolDayInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ScreeningInputRecord
        {
            Code = input.Code,
            Name = input.Name,
            Market = input.Market,
            Flags = input.Flags,
            MarketCap = input.MarketCap,
            PreviousClose = input.PreviousClose,
            Close = input.Close,
            DayVolume = input.DayVolume,
            DayTradingValue = input.DayTradingValue,
            IndexDayReturn = input.IndexDayReturn,
            PreviousVolumeDays = input.PreviousVolumes?.Count,
            MinuteBarCount = input.MinuteBars?.Count,
            BuyInitiatedVolume = input.BuyInitiatedVolume,
            SellInitiatedVolume = input.SellInitiatedVolume,
            BrokerExecutionStrength = input.BrokerExecutionStrength,
            Vwap = input.Vwap,
        };
    }
}
