namespace KisTrader.Kis.Simulator.Market.Universe;

/// <summary>Composition of the synthetic default universe (counts include the real listings of <see cref="KnownListings"/>).</summary>
internal sealed record UniverseOptions(
    int KospiListings = 950,
    int KosdaqListings = 1750,
    int KospiEtfs = 120,
    int KospiEtns = 30,
    int KospiReits = 22,
    int KospiPreferred = 70,
    int KosdaqSpacs = 75,
    int KosdaqPreferred = 6);
