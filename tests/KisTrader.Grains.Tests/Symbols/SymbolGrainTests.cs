using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Symbols;
using KisTrader.Grains.Tests.Realtime;

namespace KisTrader.Grains.Tests.Symbols;

/// <summary>
/// The symbol grain on the market-data fixture: listing facts from the simulator's master file and screened features
/// persisted (PostgreSQL) across a deactivation, the snapshot kept from its own <c>ticks/&lt;symbol&gt;</c> stream after
/// Watch asked the market-data grain, and Unwatch releasing the registrations. Each change (listing set or changed,
/// features stored, watch, unwatch) is asserted from the journal and from <c>events/all</c> with the same sequence.
/// </summary>
[Collection(MarketDataCollection.Name)]
public sealed class SymbolGrainTests(MarketDataFixture fixture)
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public async Task ListingAndFeatures_ArePersisted_AndSurviveDeactivation()
    {
        var instrument = fixture.Stocks.First(i => !string.IsNullOrEmpty(i.SectorLarge));
        var code = instrument.Symbol;
        var grain = fixture.Cluster.Client.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code));
        var listing = SymbolListings.From(instrument);
        var mark = await fixture.MarkAsync("symbol", code);
        Assert.Equal((code, instrument.Name, instrument.SectorLarge, instrument.BasePrice), (listing.Code, listing.Name, listing.Sector, listing.BasePrice));
        Assert.Equal(instrument.Market.ToString(), listing.Market);
        Assert.Equal(instrument.MarketCapEok * 100_000_000m, listing.PriorMarketCap);

        await grain.SetListingAsync(listing);
        var friday = Features(Monday.AddDays(-3), 71.5m, "Relax1", 4);
        var monday = Features(Monday, 88.25m, "Base", 1);
        await grain.SetScreenedFeaturesAsync(monday);
        await grain.SetScreenedFeaturesAsync(friday);
        var mondayAgain = monday with { Score = 90m, Role = "Backup" };
        await grain.SetScreenedFeaturesAsync(mondayAgain);

        await fixture.Cluster.DeactivateAsync(grain);
        var view = await grain.GetAsync();

        Assert.Equal(code, view.Code);
        Assert.NotNull(view.Listing);
        Assert.Equal((listing.Code, listing.Name, listing.Market, listing.Sector, listing.PriorMarketCap, listing.BasePrice), (view.Listing.Code, view.Listing.Name, view.Listing.Market, view.Listing.Sector, view.Listing.PriorMarketCap, view.Listing.BasePrice));
        Assert.Equal(listing.Flags, view.Listing.Flags);
        Assert.Equal(2, view.FeatureDays);
        AssertSame(mondayAgain, view.LatestFeatures);
        AssertSame(friday, await grain.GetFeaturesAsync(Monday.AddDays(-3)));
        Assert.Null(await grain.GetFeaturesAsync(Monday.AddDays(-1)));
        Assert.Null(view.Snapshot);

        // The same facts again are no change; a renamed listing with a new base price is one, naming the two fields.
        await grain.SetListingAsync(listing with { Flags = [.. listing.Flags] });
        var renamed = listing with { Name = listing.Name + " 우", BasePrice = listing.BasePrice + 100m };
        await grain.SetListingAsync(renamed);

        var events = await fixture.JournaledAsync<SymbolChanged>(TradingEventCategory.Symbol, code, mark, list => list.Count >= 5, "listing set, three features, listing changed");
        Assert.Equal(
            [SymbolChange.ListingSet, SymbolChange.FeaturesStored, SymbolChange.FeaturesStored, SymbolChange.FeaturesStored, SymbolChange.ListingChanged],
            events.Select(e => e.Payload.Change));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(code, e.Payload.Code));
        Assert.Equal((listing.Name, listing.BasePrice, listing.Flags.Length), (events[0].Payload.Listing!.Name, events[0].Payload.Listing!.BasePrice, events[0].Payload.Listing!.Flags.Length));
        Assert.Empty(events[0].Payload.ChangedFields);
        Assert.Equal([Monday, Monday.AddDays(-3), Monday], events.Skip(1).Take(3).Select(e => e.Payload.Features!.Date));
        Assert.Equal([Monday, Monday.AddDays(-3), Monday], events.Skip(1).Take(3).Select(e => e.Event.TradingDate!.Value));
        Assert.Equal([false, false, true], events.Skip(1).Take(3).Select(e => e.Payload.Replaced));
        AssertSame(mondayAgain, events[3].Payload.Features);
        Assert.Equal(["Name", "BasePrice"], events[4].Payload.ChangedFields);
        Assert.Equal(renamed.Name, events[4].Payload.Listing!.Name);
        Assert.Null(events[0].Event.TradingDate);
    }

    [Fact]
    public async Task Flags_OfAnExcludedListing_AreNamed()
    {
        var member = new KisTrader.Grains.Screening.UniverseMember(
            "123456", "테스트스팩", KisTrader.Trading.Market.Market.Kosdaq,
            KisTrader.Trading.Screening.Features.ListingFlags.Spac | KisTrader.Trading.Screening.Features.ListingFlags.Halted, 5_000_000_000m, 2_000m);
        var listing = SymbolListings.From(member);
        Assert.Equal(["Spac", "Halted"], listing.Flags);
        Assert.Equal(("Kosdaq", string.Empty), (listing.Market, listing.Sector));
        var grain = fixture.Cluster.Client.GetGrain<ISymbolGrain>("123456");
        await grain.SetListingAsync(listing);
        Assert.Equal(["Spac", "Halted"], (await grain.GetAsync()).Listing!.Flags);
    }

    [Fact]
    public async Task Watch_AsksTheMarketDataGrain_AndTheSnapshotFollowsTheSymbolsStream()
    {
        await fixture.ReleaseAllAsync();
        var code = fixture.Stocks[7].Symbol;
        var grain = fixture.Cluster.Client.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code));
        var mark = await fixture.MarkAsync("symbol", code);

        var answer = await grain.WatchAsync("session:2026-11-23", MarketDataKinds.Trades | MarketDataKinds.Quotes, MarketDataPriority.WatchList);

        Assert.True(answer.Accepted, answer.Reason);
        Assert.Equal((code, 2), (answer.Symbol, answer.NewRegistrations));
        var held = (await fixture.MarketData.GetStatusAsync()).Registrations.Where(r => r.Symbol == code).ToList();
        Assert.Equal([MarketDataKinds.Trades, MarketDataKinds.Quotes], held.Select(r => r.Kind));
        Assert.All(held, r => Assert.Equal("session:2026-11-23", Assert.Single(r.Holders).Owner));

        await fixture.AdvanceMarketAsync(TimeSpan.FromSeconds(60));
        var quote = await fixture.QuoteAsync(code);
        await Eventually.TrueAsync(
            async () => (await grain.GetAsync()).Snapshot is { } s && s.CumulativeVolume == quote.Volume,
            "the snapshot carries the day volume inquire-price reports");
        var snapshot = (await grain.GetAsync()).Snapshot!;
        Assert.Equal(quote.Price, snapshot.LastPrice);
        Assert.Equal(quote.Change, snapshot.Change);
        Assert.Equal(MarketDataKinds.Trades, snapshot.LastTradeKind);
        Assert.Equal(Monday, DateOnly.FromDateTime(snapshot.LastTradeAt!.Value.ToOffset(TimeSpan.FromHours(9)).DateTime));
        Assert.True(snapshot.BestAsk > snapshot.BestBid && snapshot.BestBid > 0m, $"a book: ask {snapshot.BestAsk}, bid {snapshot.BestBid}");

        Assert.Equal(2, await grain.UnwatchAsync("session:2026-11-23", MarketDataKinds.All));
        Assert.DoesNotContain((await fixture.MarketData.GetStatusAsync()).Registrations, r => r.Symbol == code);
        Assert.Equal(0, await grain.UnwatchAsync("session:2026-11-23", MarketDataKinds.All));

        // Journal and events/all: watched (two new registrations) and unwatched (two holds); the snapshot updates and the
        // unwatch that released nothing are no change.
        var events = await fixture.JournaledAsync<SymbolChanged>(TradingEventCategory.Symbol, code, mark, list => list.Count >= 2, "watched and unwatched");
        Assert.Equal(
            [
                (SymbolChange.Watched, "session:2026-11-23", MarketDataKinds.Trades | MarketDataKinds.Quotes, (MarketDataPriority?)MarketDataPriority.WatchList, 2),
                (SymbolChange.Unwatched, "session:2026-11-23", MarketDataKinds.All, null, 2),
            ],
            events.Select(e => (e.Payload.Change, e.Payload.Owner, e.Payload.Kinds, e.Payload.Priority, e.Payload.Holds)));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Payload.Reason));
    }

    [Fact]
    public async Task BadInput_IsRefused()
    {
        var code = fixture.Stocks[8].Symbol;
        var grain = fixture.Cluster.Client.GetGrain<ISymbolGrain>(code);
        var wrongCode = fixture.Stocks[9].Symbol;
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SetListingAsync(new SymbolListing(wrongCode, "x", "Kospi", string.Empty, [], 0m, 0m)));
        var five = ImmutableArray.Create(1m, 2m, 3m, 4m, 5m);
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SetScreenedFeaturesAsync(new SymbolFeatures(Monday, five, five, 50m, "Base", 1, "Candidate")));
        Assert.Equal(0, (await grain.GetAsync()).FeatureDays);
        var notACode = fixture.Cluster.Client.GetGrain<ISymbolGrain>("05930A");
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => notACode.GetAsync());
        Assert.Contains("six ASCII digits", failure.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GrainKeys.Symbol("0059301"));
    }

    private static SymbolFeatures Features(DateOnly date, decimal score, string level, int rank) =>
        new(date, [1.8m, 0.12m, 3.4m, 112.5m, 0.9m, 0.021m], [0.9m, 0.5m, 0.7m, 0.8m, 0.3m, 1m], score, level, rank, "Selected");

    private static void AssertSame(SymbolFeatures expected, SymbolFeatures? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((expected.Date, expected.Score, expected.Level, expected.Rank, expected.Role), (actual.Date, actual.Score, actual.Level, actual.Rank, actual.Role));
        Assert.Equal(expected.Values, actual.Values);
        Assert.Equal(expected.SubScores, actual.SubScores);
    }
}
