using KisTrader.GrainInterfaces;
using KisTrader.Grains.Screening;
using KisTrader.Kis.Master;
using KisTrader.Trading.Screening.Features;

namespace KisTrader.Grains.Symbols;

/// <summary>
/// Listing facts for <see cref="ISymbolGrain.SetListingAsync"/> from what is already parsed: a master-file row
/// (<see cref="Instrument"/>, with its sector) or the screening funnel's universe member (same flags, no sector).
/// </summary>
public static class SymbolListings
{
    private static readonly ListingFlags[] AllFlags = Enum.GetValues<ListingFlags>().Where(f => f != ListingFlags.None).ToArray();

    /// <summary>The facts of a master-file row; flags as the funnel derives them.</summary>
    public static SymbolListing From(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var member = BrokerReads.ToMember(instrument);
        return new SymbolListing(member.Code, member.Name, member.Market.ToString(), instrument.SectorLarge, FlagNames(member.Flags), member.PriorMarketCap, member.BasePrice);
    }

    /// <summary>The facts of a funnel universe member (the master file gives the sector; the member does not carry it).</summary>
    public static SymbolListing From(UniverseMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new SymbolListing(member.Code, member.Name, member.Market.ToString(), string.Empty, FlagNames(member.Flags), member.PriorMarketCap, member.BasePrice);
    }

    private static System.Collections.Immutable.ImmutableArray<string> FlagNames(ListingFlags flags) =>
        [.. AllFlags.Where(f => (flags & f) == f).Select(f => f.ToString())];
}
