using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>An account's risk state changed, or a gate refused an order (category <see cref="TradingEventCategory.Risk"/>, subject the account key).</summary>
/// <param name="AccountKey">The account's grain key (never the number).</param>
/// <param name="Change">What happened.</param>
/// <param name="Mode">The kill switch after the change.</param>
/// <param name="RequestedBy">Who asked (a person's name or API key, "strategy", "order-gate"), or null.</param>
/// <param name="Reason">Why (the person's words or a machine reason code), or null.</param>
/// <param name="Symbol">The symbol concerned (SymbolHalted, OrderRefused), or null.</param>
/// <param name="Code">OrderRefused: the gate's code (e.g. "price-limit"), else null.</param>
/// <param name="Detail">OrderRefused: the figures that refused it, else null.</param>
/// <param name="ClientOrderId">OrderRefused: the order, else null.</param>
/// <param name="TradingDate">OrderRefused: the order's session date, else null.</param>
/// <param name="PositionsReached">KillSwitchReachedPositions: how many positions took the call, else 0.</param>
/// <param name="PositionsFailed">KillSwitchReachedPositions: the positions whose call failed, else empty.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.RiskChanged")]
public sealed record RiskChanged(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] RiskChange Change,
    [property: Id(2)] KillSwitchMode Mode,
    [property: Id(3)] string? RequestedBy,
    [property: Id(4)] string? Reason,
    [property: Id(5)] string? Symbol = null,
    [property: Id(6)] string? Code = null,
    [property: Id(7)] string? Detail = null,
    [property: Id(8)] string? ClientOrderId = null,
    [property: Id(9)] DateOnly? TradingDate = null,
    [property: Id(10)] int PositionsReached = 0,
    ImmutableArray<string> PositionsFailed = default) : TradingEventPayload
{
    /// <summary>The positions whose kill-switch call failed (never a default array: empty when none).</summary>
    [Id(11)]
    public ImmutableArray<string> PositionsFailed { get; init; } = PositionsFailed.IsDefault ? [] : PositionsFailed;

    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Risk;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => AccountKey;

    /// <inheritdoc/>
    [JsonIgnore]
    public override DateOnly? SessionDate => TradingDate;
}
