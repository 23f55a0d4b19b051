using KisTrader.GrainInterfaces;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// The after-hours feeds (시간외 단일가, 16:00–18:00) through the market-data grain: H0STOUP0 matches, H0STOAC0 indicatives
/// and the H0STOAA0 book reach <c>ticks/&lt;symbol&gt;</c> as their DTOs and the symbol grain's snapshot. Its own
/// simulator starts at 16:08:30 (the fixture's stays in the continuous session) with its own one-silo cluster.
/// </summary>
[Collection(MarketDataCollection.Name)]
public sealed class MarketDataAfterHoursTests(MarketDataFixture fixture)
{
    private const string Samsung = "005930";

    [Fact]
    public async Task AfterHoursMatchesIndicativesAndBooks_ArePublished_AndFollowedByTheSymbolGrain()
    {
        await using var sim = await MarketDataFixture.StartSimulatorAsync(new DateTimeOffset(2026, 11, 23, 16, 8, 30, TimeSpan.FromHours(9)));
        var settings = await fixture.ClientSettingsAsync("PSmdata-afterhours-" + Guid.NewGuid().ToString("N"), "mdata-afterhours-secret", sim);
        await using var cluster = await fixture.CreateClusterAsync(1, settings, durableReminders: false);
        var symbol = cluster.Client.GetGrain<ISymbolGrain>(GrainKeys.Symbol(Samsung));
        var received = new System.Collections.Concurrent.ConcurrentQueue<MarketDataEvent>();
        var handle = await cluster.Client.GetStreamProvider(ProviderNames.Streams)
            .GetStream<MarketDataEvent>(StreamIds.Ticks(Samsung))
            .SubscribeAsync((item, _) =>
            {
                received.Enqueue(item);
                return Task.CompletedTask;
            });

        var answer = await symbol.WatchAsync("after-hours-test", MarketDataKinds.AfterHoursTrades | MarketDataKinds.AfterHoursQuotes | MarketDataKinds.AfterHoursExpected, MarketDataPriority.Position);
        Assert.True(answer.Accepted, answer.Reason);
        Assert.Equal(3, answer.NewRegistrations);

        // The first single-price auction is at 16:10; indicatives come before it.
        sim.SimClock!.Advance(TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(
            () => received.Any(e => e.Kind == MarketDataKinds.AfterHoursTrades)
                && received.Any(e => e.Kind == MarketDataKinds.AfterHoursExpected)
                && received.Any(e => e.Kind == MarketDataKinds.AfterHoursQuotes),
            "an after-hours match, an indicative and an after-hours book on the stream");

        var match = received.First(e => e.Kind == MarketDataKinds.AfterHoursTrades);
        Assert.Equal(("H0STOUP0", "40"), (match.TrId, match.Tick!.MarketOperationCode));
        Assert.True(match.Tick.Price > 0m && match.Tick.Volume > 0);
        Assert.True(match.At >= new DateTimeOffset(2026, 11, 23, 16, 10, 0, TimeSpan.FromHours(9)), $"match at {match.At}");
        var book = received.First(e => e.Kind == MarketDataKinds.AfterHoursQuotes);
        Assert.Equal("H0STOAA0", book.TrId);
        Assert.True(book.Quote!.AfterHours);
        Assert.Equal((9, 9, "D"), (book.Quote.Asks.Length, book.Quote.Bids.Length, book.Quote.HourClassCode));
        Assert.Equal("H0STOAC0", received.First(e => e.Kind == MarketDataKinds.AfterHoursExpected).TrId);

        var lastMatch = received.Last(e => e.Kind == MarketDataKinds.AfterHoursTrades);
        await Eventually.TrueAsync(
            async () => (await symbol.GetAsync()).Snapshot is { LastTradeKind: MarketDataKinds.AfterHoursTrades } s && s.LastPrice == lastMatch.Tick!.Price && s.ExpectedPrice > 0m,
            "the symbol's snapshot shows the after-hours match and an indicative price");

        await handle.UnsubscribeAsync();
        Assert.Equal(3, await symbol.UnwatchAsync("after-hours-test", MarketDataKinds.All));
    }
}
