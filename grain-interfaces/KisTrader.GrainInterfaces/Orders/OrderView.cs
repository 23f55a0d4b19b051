using System.Collections.Immutable;
using KisTrader.Trading.Orders;

namespace KisTrader.GrainInterfaces;

/// <summary>An order as its grain knows it.</summary>
/// <param name="Intent">What was asked (null only for a grain that never received an intent).</param>
/// <param name="State">Where it stands.</param>
/// <param name="BrokerOrderNumber">KIS ODNO once accepted (or adopted from the executions), else null.</param>
/// <param name="BrokerOrgNumber">KIS KRX_FWDG_ORD_ORGNO once accepted, else null (needed to modify or cancel).</param>
/// <param name="FilledQuantity">Sum of <paramref name="Fills"/>.</param>
/// <param name="AverageFillPrice">Quantity-weighted fill price, or null before any fill.</param>
/// <param name="Fills">Every execution, once, in time order.</param>
/// <param name="Submissions">How many times it was handed to the broker (a resubmission only after a proven absence).</param>
/// <param name="MessageCode">The broker's msg_cd of the last answer (or a gate's code for a refusal), or null.</param>
/// <param name="Message">The broker's msg1 of the last answer, or null.</param>
/// <param name="UpdatedAt">When it last changed.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.OrderView")]
public sealed record OrderView(
    [property: Id(0)] OrderIntent? Intent,
    [property: Id(1)] OrderState State,
    [property: Id(2)] string? BrokerOrderNumber,
    [property: Id(3)] string? BrokerOrgNumber,
    [property: Id(4)] long FilledQuantity,
    [property: Id(5)] decimal? AverageFillPrice,
    [property: Id(6)] ImmutableArray<OrderFillView> Fills,
    [property: Id(7)] int Submissions,
    [property: Id(8)] string? MessageCode,
    [property: Id(9)] string? Message,
    [property: Id(10)] DateTimeOffset UpdatedAt)
{
    /// <summary>True when nothing more can happen to it without a person (filled, rejected, cancelled, expired, ambiguous).</summary>
    public bool IsFinished => State is OrderState.Filled or OrderState.Rejected or OrderState.Cancelled
        or OrderState.Expired or OrderState.Ambiguous;
}
