namespace KisTrader.Kis.Simulator.Market.Universe;

/// <summary>A listing and its model parameters before the universe is ordered and indexed.</summary>
internal sealed record ListingSpec(
    SimListing Listing,
    int AnchorPrice,
    double Volatility,
    double Beta,
    double BaseVolume,
    double EventProneness)
{
    /// <summary>Stable random key of a code: its digits, ETNs offset by 10^6 (codes are unique, so keys are too).</summary>
    public static long KeyOf(string code) =>
        code.StartsWith('Q') ? 1_000_000L + long.Parse(code[1..], System.Globalization.CultureInfo.InvariantCulture)
        : long.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : 2_000_000L + (code.Aggregate(0L, (h, c) => (h * 131) + c) & 0xFFFFFFF);

    /// <summary>Orders listings KOSPI first, then KOSDAQ, each by code (ordinal), and assigns indexes.</summary>
    public static IReadOnlyList<ListingModel> Finalize(IEnumerable<ListingSpec> specs) =>
        [.. specs
            .OrderBy(s => s.Listing.Market)
            .ThenBy(s => s.Listing.Code, StringComparer.Ordinal)
            .Select((s, i) => new ListingModel
            {
                Listing = s.Listing,
                Index = i,
                Key = KeyOf(s.Listing.Code),
                AnchorPrice = s.AnchorPrice,
                Volatility = s.Volatility,
                Beta = s.Beta,
                BaseVolume = s.BaseVolume,
                EventProneness = s.EventProneness,
            })];
}
