using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Tests.Market;

/// <summary>Markets shared by the market tests (generation is deterministic, so sharing never couples tests).</summary>
internal static class TestMarkets
{
    private static readonly Lazy<SimMarket> DefaultMarket = new(() => new SimMarket(new SimMarketOptions { Seed = 42, CachedDays = 4 }));
    private static readonly Lazy<SimMarket> SmallMarket = new(() => Small(42));

    /// <summary>The default universe (≈950 KOSPI + ≈1,750 KOSDAQ), seed 42.</summary>
    public static SimMarket Default => DefaultMarket.Value;

    /// <summary>A 120-listing universe, seed 42 (fast).</summary>
    public static SimMarket Small42 => SmallMarket.Value;

    /// <summary>A Monday with at least 60 trading days of history before it.</summary>
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public static SimMarket Small(int seed) => new(new SimMarketOptions { Seed = seed, KospiListings = 60, KosdaqListings = 60, CachedDays = 3 });

    public static DateTimeOffset At(DateOnly date, int hour, int minute, int second = 0) =>
        new(date.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(9));

    /// <summary>Ordinary, non-halted listings of a market.</summary>
    public static IEnumerable<SimListing> Tradable(SimMarket market) =>
        market.Listings.Where(l => l.Kind == SimListingKind.Stock && !l.Halted);
}
