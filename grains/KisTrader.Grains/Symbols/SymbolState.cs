using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Symbols;

/// <summary>Persisted state of <see cref="SymbolGrain"/>: listing facts and the screened features by date (the snapshot is in memory).</summary>
[GenerateSerializer, Alias("KisTrader.SymbolState")]
internal sealed class SymbolState
{
    [Id(0)]
    public SymbolListing? Listing { get; set; }

    /// <summary>One entry per screened date, oldest first.</summary>
    [Id(1)]
    public List<SymbolFeatures> Features { get; set; } = [];

    /// <summary>Keys of the positions that follow this symbol's trades (<see cref="SymbolGrain.FollowTicksAsync"/>), in order of following.</summary>
    [Id(2)]
    public List<string> Followers { get; set; } = [];
}
