using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>An account's portfolio overrides changed (category <see cref="TradingEventCategory.Portfolio"/>, subject the account key).</summary>
/// <param name="AccountKey">The account's grain key (never the number).</param>
/// <param name="Version">The configuration's version after the change.</param>
/// <param name="Overrides">The overrides now (empty = the defaults).</param>
/// <param name="Effective">The values the next screen allocates with.</param>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PortfolioConfigChanged")]
public sealed record PortfolioConfigChanged(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] int Version,
    [property: Id(2)] PortfolioOverrides Overrides,
    [property: Id(3)] PortfolioSettings Effective,
    [property: Id(4)] string RequestedBy,
    [property: Id(5)] string Reason) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Portfolio;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => AccountKey;
}
