using System.Text.Json.Serialization;
using KisTrader.Trading.Exits;

namespace KisTrader.GrainInterfaces;

/// <summary>A position changed (category <see cref="TradingEventCategory.Position"/>, subject the position key).</summary>
/// <param name="Key">The position key (2026-12-04/005930).</param>
/// <param name="EntryDate">The Day-1 session date.</param>
/// <param name="Symbol">The 6-digit code.</param>
/// <param name="Change">What happened.</param>
/// <param name="Status">The status after the change.</param>
/// <param name="Quantity">Shares held after the change.</param>
/// <param name="AveragePrice">Average buy price of the held shares (0 when none).</param>
/// <param name="LastPrice">The latest price seen, or null.</param>
/// <param name="RealizedPnL">Net realized P&amp;L so far (commission and tax included).</param>
/// <param name="ClientOrderId">The order concerned (EntryPlaced, OrderUpdated, ExitPlaced, ExitConverted), else null.</param>
/// <param name="ExitReason">The exit rule of an ExitPlaced/ExitConverted, else null.</param>
/// <param name="OrderQuantity">Shares of the order placed (EntryPlaced, ExitPlaced), else 0.</param>
/// <param name="LimitPrice">The limit of the order placed, or null (market, or no order).</param>
/// <param name="Return">The return r the exit decision was taken on, or null.</param>
/// <param name="RequestedBy">Who asked (FlattenRequested, EntryCancelRequested), else null.</param>
/// <param name="Reason">A machine-readable reason code (the window of an exit, the requester's reason), else null.</param>
/// <param name="PriceSource">
/// Where the price of a FirstPrice, or the price an ExitPlaced was decided on, came from when it was not a trade tick:
/// "QuotePoll" (the position's REST fallback when the trades stopped, KisTrader:Positions:StalePriceAfter); else null.
/// </param>
[GenerateSerializer, Immutable, Alias("KisTrader.PositionChanged")]
public sealed record PositionChanged(
    [property: Id(0)] string Key,
    [property: Id(1)] DateOnly EntryDate,
    [property: Id(2)] string Symbol,
    [property: Id(3)] PositionChange Change,
    [property: Id(4)] PositionStatus Status,
    [property: Id(5)] long Quantity,
    [property: Id(6)] decimal AveragePrice,
    [property: Id(7)] decimal? LastPrice,
    [property: Id(8)] decimal RealizedPnL,
    [property: Id(9)] string? ClientOrderId,
    [property: Id(10)] ExitReason? ExitReason,
    [property: Id(11)] long OrderQuantity,
    [property: Id(12)] decimal? LimitPrice,
    [property: Id(13)] decimal? Return,
    [property: Id(14)] string? RequestedBy,
    [property: Id(15)] string? Reason,
    [property: Id(16)] string? PriceSource = null) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Position;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => Key;

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => EntryDate;
}
