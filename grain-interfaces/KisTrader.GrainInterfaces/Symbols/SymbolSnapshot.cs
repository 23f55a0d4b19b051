namespace KisTrader.GrainInterfaces;

/// <summary>The latest market picture of a symbol, kept by its grain from its <c>ticks/&lt;symbol&gt;</c> stream (not persisted).</summary>
/// <param name="LastPrice">Last print price (regular or after-hours match), KRW; 0 before the first print.</param>
/// <param name="Change">Change against the previous close, signed.</param>
/// <param name="ChangeRate">Percent, signed.</param>
/// <param name="CumulativeVolume">Day volume as of the last print.</param>
/// <param name="CumulativeValue">Day trading value as of the last print.</param>
/// <param name="LastTradeAt">Exchange instant of the last print, or null.</param>
/// <param name="LastTradeKind">Kind of the last print (Trades or AfterHoursTrades), None before the first.</param>
/// <param name="BestAsk">Best ask of the last book (or print), 0 when unknown.</param>
/// <param name="BestBid">Best bid of the last book (or print), 0 when unknown.</param>
/// <param name="ExpectedPrice">The last after-hours indicative or book expected price, 0 when none.</param>
/// <param name="Events">Stream events this activation consumed.</param>
/// <param name="UpdatedAt">Exchange instant of the last event consumed.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SymbolSnapshot")]
public sealed record SymbolSnapshot(
    [property: Id(0)] decimal LastPrice,
    [property: Id(1)] decimal Change,
    [property: Id(2)] decimal ChangeRate,
    [property: Id(3)] long CumulativeVolume,
    [property: Id(4)] decimal CumulativeValue,
    [property: Id(5)] DateTimeOffset? LastTradeAt,
    [property: Id(6)] MarketDataKinds LastTradeKind,
    [property: Id(7)] decimal BestAsk,
    [property: Id(8)] decimal BestBid,
    [property: Id(9)] decimal ExpectedPrice,
    [property: Id(10)] long Events,
    [property: Id(11)] DateTimeOffset UpdatedAt);
