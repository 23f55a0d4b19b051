using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Grains.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// A journal that fails (a real PostgreSQL database without the journal schema: every insert is refused) never breaks
/// market data: watch, listing, ticks, snapshot and release all work, each lost change is logged as an error, and nothing
/// reaches <c>events/all</c> (the journal comes first). Its own one-silo cluster on the fixture's simulator, new app key.
/// </summary>
[Collection(MarketDataCollection.Name)]
public sealed class MarketDataJournalDownTests(MarketDataFixture fixture)
{
    [Fact]
    public async Task JournalRefusingInserts_MarketDataAndSymbolsGoOn_EachLostChangeIsLogged()
    {
        await fixture.ReleaseAllAsync();
        await using var unmigrated = await TestPostgres.CreateDatabaseAsync("mdnojournal");
        var publisherLog = new ListLogger<TradingEventPublisher>();
        var settings = await fixture.ClientSettingsAsync("PSmdata-nojournal-" + Guid.NewGuid().ToString("N"), "mdata-nojournal-secret");
        await using var cluster = await fixture.CreateClusterAsync(
            1, settings, durableReminders: false, unmigrated.ConnectionString, s => s.AddSingleton<ILogger<TradingEventPublisher>>(publisherLog));
        await using var published = await TradingEventRecorder.StartAsync(cluster.Client);
        var code = fixture.Stocks[70].Symbol;
        var symbol = cluster.Client.GetGrain<ISymbolGrain>(GrainKeys.Symbol(code));
        var ticks = new System.Collections.Concurrent.ConcurrentQueue<MarketDataEvent>();
        var handle = await cluster.Client.GetStreamProvider(ProviderNames.Streams)
            .GetStream<MarketDataEvent>(StreamIds.Ticks(code))
            .SubscribeAsync((item, _) =>
            {
                ticks.Enqueue(item);
                return Task.CompletedTask;
            });

        await symbol.SetListingAsync(new SymbolListing(code, "저널없음", "Kospi", string.Empty, [], 1_000_000_000m, 10_000m));
        var answer = await symbol.WatchAsync("no-journal", MarketDataKinds.Trades, MarketDataPriority.WatchList);

        Assert.True(answer.Accepted, answer.Reason);
        Assert.Equal(1, answer.NewRegistrations);
        await fixture.AdvanceMarketAsync(TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(() => !ticks.IsEmpty, "ticks flow with the journal down");
        await Eventually.TrueAsync(async () => (await symbol.GetAsync()).Snapshot is { LastPrice: > 0m }, "the snapshot follows the stream");
        Assert.Equal("저널없음", (await symbol.GetAsync()).Listing!.Name);
        Assert.Equal(1, await symbol.UnwatchAsync("no-journal", MarketDataKinds.All));
        Assert.Empty((await cluster.Client.GetGrain<IMarketDataGrain>(GrainKeys.MarketData).GetStatusAsync()).Registrations);
        await handle.UnsubscribeAsync();

        // Five changes, each lost and logged: listing set, subscribed + watched, released + unwatched.
        var lost = publisherLog.Entries.Where(e => e.Level == LogLevel.Error && e.Message.Contains("could not be journaled", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lost.Count(e => e.Message.Contains(nameof(MarketDataChanged), StringComparison.Ordinal)));
        Assert.Equal(3, lost.Count(e => e.Message.Contains(nameof(SymbolChanged), StringComparison.Ordinal)));
        Assert.Equal(0, published.Count);
    }
}
