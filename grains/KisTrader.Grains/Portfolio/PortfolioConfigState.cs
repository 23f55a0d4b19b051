using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Portfolio;

/// <summary>The persisted state of a <see cref="PortfolioConfigGrain"/>.</summary>
[GenerateSerializer, Alias("KisTrader.PortfolioConfigState")]
public sealed class PortfolioConfigState
{
    [Id(0)] public PortfolioOverrides Overrides { get; set; } = PortfolioOverrides.None;

    [Id(1)] public int Version { get; set; }

    /// <summary>The latest changes, newest first (at most <see cref="PortfolioConfigChange.Kept"/>).</summary>
    [Id(2)] public List<PortfolioConfigChange> History { get; set; } = [];
}
