using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>An order changed (category <see cref="TradingEventCategory.Order"/>, subject the client order id).</summary>
/// <param name="ClientOrderId">The order's client id.</param>
/// <param name="Change">What happened.</param>
/// <param name="Order">The order as it now stands.</param>
/// <param name="Fill">The execution counted (<see cref="OrderChange.Filled"/>), else null.</param>
/// <param name="Code">A machine code behind the change (broker msg_cd, gate code, "UNKNOWN"), or null.</param>
/// <param name="Detail">The broker's msg1 or the gate's figures, or null (data, not a sentence of ours).</param>
/// <param name="Alert">True when a person must be told (rejection, give-up, ambiguous lookup).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.OrderChanged")]
public sealed record OrderChanged(
    [property: Id(0)] string ClientOrderId,
    [property: Id(1)] OrderChange Change,
    [property: Id(2)] OrderView Order,
    [property: Id(3)] OrderFillView? Fill,
    [property: Id(4)] string? Code,
    [property: Id(5)] string? Detail,
    [property: Id(6)] bool Alert) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Order;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => ClientOrderId;

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => Order.Intent?.TradingDate;
}
