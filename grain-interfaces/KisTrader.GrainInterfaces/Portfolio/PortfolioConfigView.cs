using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>An account's portfolio configuration: the defaults, the overrides, the effective values and the last changes.</summary>
/// <param name="AccountKey">The account's grain key.</param>
/// <param name="Defaults">The silo's configured strategy values.</param>
/// <param name="Overrides">What a person set (null fields follow the defaults).</param>
/// <param name="Effective">What the next screen allocates with.</param>
/// <param name="Version">Changes so far (0 = never changed).</param>
/// <param name="History">The latest changes, newest first (at most <see cref="PortfolioConfigChange.Kept"/>).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PortfolioConfigView")]
public sealed record PortfolioConfigView(
    [property: Id(0)] string AccountKey,
    [property: Id(1)] PortfolioSettings Defaults,
    [property: Id(2)] PortfolioOverrides Overrides,
    [property: Id(3)] PortfolioSettings Effective,
    [property: Id(4)] int Version,
    [property: Id(5)] ImmutableArray<PortfolioConfigChange> History);
