using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>The answer to a change: accepted, or refused with every failing setting named by its configuration path.</summary>
/// <param name="Accepted">True when the change was stored, journaled and published.</param>
/// <param name="Errors">Why it was refused (e.g. <c>Strategy:Screening:Selection:SelectedCount: …</c>); empty when accepted.</param>
/// <param name="View">The configuration after the call (unchanged when refused).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.PortfolioConfigResult")]
public sealed record PortfolioConfigResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] ImmutableArray<string> Errors,
    [property: Id(2)] PortfolioConfigView View);
