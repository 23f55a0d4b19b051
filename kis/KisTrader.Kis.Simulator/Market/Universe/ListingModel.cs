namespace KisTrader.Kis.Simulator.Market.Universe;

/// <summary>
/// A listing plus the parameters of its price/volume model. One object per listing (not per bar); immutable after the
/// universe is built.
/// </summary>
internal sealed class ListingModel
{
    public required SimListing Listing { get; init; }

    /// <summary>Position in <see cref="ISimMarket.Listings"/>.</summary>
    public required int Index { get; init; }

    /// <summary>Stable random key derived from the code (not the index), so adding a listing never changes the others.</summary>
    public required long Key { get; init; }

    /// <summary>Price at the history start and the level the daily walk mean-reverts to.</summary>
    public required int AnchorPrice { get; init; }

    /// <summary>Daily return volatility (σ of log return).</summary>
    public required double Volatility { get; init; }

    /// <summary>Sensitivity to its market's daily and intraday factor (negative for inverse ETFs).</summary>
    public required double Beta { get; init; }

    /// <summary>Typical regular-session volume in shares.</summary>
    public required double BaseVolume { get; init; }

    /// <summary>Relative frequency of event days (strong closers, momentum, fades, sell-offs).</summary>
    public required double EventProneness { get; init; }

    /// <summary>True when the listing counts in its market's index.</summary>
    public bool InIndex => Listing.Kind is SimListingKind.Stock or SimListingKind.Reit;

    public bool EtfTick => Listing.EtfTick;
}
