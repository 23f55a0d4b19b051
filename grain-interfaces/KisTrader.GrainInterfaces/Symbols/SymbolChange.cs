namespace KisTrader.GrainInterfaces;

/// <summary>A symbol grain's changes worth telling (never a snapshot update: those follow <c>ticks/&lt;symbol&gt;</c>).</summary>
[GenerateSerializer, Alias("KisTrader.SymbolChange")]
public enum SymbolChange
{
    /// <summary>Listing facts stored where there were none.</summary>
    ListingSet = 0,

    /// <summary>Stored listing facts replaced by different ones (<see cref="SymbolChanged.ChangedFields"/> names which).</summary>
    ListingChanged = 1,

    /// <summary>The screened features of a date stored (or replaced: <see cref="SymbolChanged.Replaced"/>).</summary>
    FeaturesStored = 2,

    /// <summary>An owner watches the symbol: the market-data grain holds the kinds for it.</summary>
    Watched = 3,

    /// <summary>A watch was refused by the market-data grain (e.g. the 41-registration cap).</summary>
    WatchRefused = 4,

    /// <summary>An owner stopped watching (holds released).</summary>
    Unwatched = 5,
}
