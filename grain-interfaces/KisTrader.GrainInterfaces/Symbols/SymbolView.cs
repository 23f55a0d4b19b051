namespace KisTrader.GrainInterfaces;

/// <summary>What a symbol grain knows: listing facts, the live snapshot, and the latest screened features.</summary>
/// <param name="Code">6-digit code.</param>
/// <param name="Listing">Facts from the master file, or null until set.</param>
/// <param name="Snapshot">The live snapshot, or null before any stream event reached this activation.</param>
/// <param name="LatestFeatures">The features of the latest screened date, or null.</param>
/// <param name="FeatureDays">How many screened dates are stored.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.SymbolView")]
public sealed record SymbolView(
    [property: Id(0)] string Code,
    [property: Id(1)] SymbolListing? Listing,
    [property: Id(2)] SymbolSnapshot? Snapshot,
    [property: Id(3)] SymbolFeatures? LatestFeatures,
    [property: Id(4)] int FeatureDays);
