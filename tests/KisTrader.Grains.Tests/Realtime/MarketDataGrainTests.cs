using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.Realtime;

/// <summary>
/// The market-data grain against the simulator over a real WebSocket: reference counting by owner, one registration per
/// symbol and kind at the exchange, ticks on <c>ticks/&lt;symbol&gt;</c> that match the exchange, reconnect after a dropped
/// socket, the 41-registration cap with priorities, and re-activation by its reminder with the persisted table restored.
/// Each change worth telling (hold taken/released, refusal, eviction and return, connection lost/reconnected, table
/// restored) is asserted from the journal and from <c>events/all</c> with the same sequence (<see cref="MarketDataFixture.JournaledAsync{T}"/>).
/// </summary>
[Collection(MarketDataCollection.Name)]
public sealed class MarketDataGrainTests(MarketDataFixture fixture)
{
    [Fact]
    public async Task TwoOwnersOfTwoSymbols_AreReferenceCounted_OneRegistrationEach_AndTicksMatchTheExchange()
    {
        await fixture.ReleaseAllAsync();
        var grain = fixture.MarketData;
        var (a, b) = (fixture.Stocks[0].Symbol, fixture.Stocks[1].Symbol);
        await using var recordA = await fixture.RecordAsync(a);
        await using var recordB = await fixture.RecordAsync(b);
        var before = await fixture.WebSocketMetricsAsync();
        var mark = await fixture.MarkAsync(Stream, GrainKeys.MarketData);

        var first = await grain.SubscribeAsync(a, MarketDataKinds.Trades | MarketDataKinds.Quotes, "session:test-1", MarketDataPriority.WatchList);
        var second = await grain.SubscribeAsync(a, MarketDataKinds.Trades, "position:test-1", MarketDataPriority.Position);
        var third = await grain.SubscribeAsync(b, MarketDataKinds.Trades, "session:test-1", MarketDataPriority.WatchList);
        var fourth = await grain.SubscribeAsync(b, MarketDataKinds.Trades, "position:test-1", MarketDataPriority.Position);
        var again = await grain.SubscribeAsync(b, MarketDataKinds.Trades, "position:test-1", MarketDataPriority.Position);

        Assert.All([first, second, third, fourth, again], s => Assert.True(s.Accepted, s.Reason));
        Assert.Equal([2, 0, 1, 0, 0], [first.NewRegistrations, second.NewRegistrations, third.NewRegistrations, fourth.NewRegistrations, again.NewRegistrations]);
        Assert.Equal((3, 41), (fourth.RegistrationsUsed, fourth.RegistrationsLimit));
        var ws = await fixture.WebSocketMetricsAsync();
        Assert.Equal(3, ws.GetProperty("registrationsActive").GetInt64());
        Assert.Equal(3, ws.GetProperty("registrations").GetInt64() - before.GetProperty("registrations").GetInt64());
        Assert.Equal(1, ws.GetProperty("sessionsOpen").GetInt64());

        var status = await grain.GetStatusAsync();
        Assert.Equal("Connected", status.Connection);
        Assert.Equal(3, status.RegistrationsUsed);
        var views = status.Registrations.ToDictionary(r => (r.Symbol, r.Kind));
        Assert.Equal(3, views.Count);
        Assert.Equal(["position:test-1", "session:test-1"], views[(a, MarketDataKinds.Trades)].Holders.Select(h => h.Owner).Order(StringComparer.Ordinal));
        Assert.Equal(["session:test-1"], views[(a, MarketDataKinds.Quotes)].Holders.Select(h => h.Owner));
        Assert.Equal(2, views[(b, MarketDataKinds.Trades)].Holders.Length);
        Assert.NotEmpty(views.Values);
        Assert.All(views.Values, v => Assert.True(v.Registered && !v.Parked, $"{v.Symbol}/{v.Kind} registered"));
        Assert.Equal("H0STASP0", views[(a, MarketDataKinds.Quotes)].TrId);

        await fixture.AdvanceMarketAsync(TimeSpan.FromSeconds(60));
        var quoteA = await fixture.QuoteAsync(a);
        var quoteB = await fixture.QuoteAsync(b);
        await Eventually.TrueAsync(
            () => LastTrade(recordA)?.Tick!.CumulativeVolume == quoteA.Volume && LastTrade(recordB)?.Tick!.CumulativeVolume == quoteB.Volume
                && recordA.Snapshot().Any(e => e.Kind == MarketDataKinds.Quotes),
            "the last print on each stream carries the day volume inquire-price reports, and a book arrived");
        Assert.Equal(quoteA.Price, LastTrade(recordA)!.Tick!.Price);
        Assert.Equal(quoteB.Price, LastTrade(recordB)!.Tick!.Price);
        Assert.Equal((quoteA.High, quoteA.Low, quoteA.Open), (LastTrade(recordA)!.Tick!.High, LastTrade(recordA)!.Tick!.Low, LastTrade(recordA)!.Tick!.Open));
        Assert.NotEmpty(recordA.Snapshot());
        Assert.All(recordA.Snapshot(), e => Assert.Equal(a, e.Symbol));
        Assert.NotEmpty(recordB.Snapshot());
        Assert.All(recordB.Snapshot(), e => Assert.Equal(b, e.Symbol));
        Assert.NotEmpty(recordA.Snapshot().Concat(recordB.Snapshot()));
        Assert.All(recordA.Snapshot().Concat(recordB.Snapshot()), e => Assert.True(e.Kind == MarketDataKinds.Trades ? e.Tick is not null && e.Quote is null && e.TrId == "H0STCNT0" : e.Quote is not null && e.Tick is null && e.TrId == "H0STASP0"));
        Assert.Contains(recordA.Snapshot(), e => e.Tick is not null);
        Assert.All(recordA.Snapshot().Where(e => e.Tick is not null), e => Assert.Equal(new DateOnly(2026, 11, 23), e.Tick!.BusinessDate));
        Assert.Contains(recordA.Snapshot(), e => e.Kind == MarketDataKinds.Quotes && e.Quote!.Asks.Length == 10 && e.Quote.Asks[0].Price > e.Quote.Bids[0].Price);
        Assert.DoesNotContain(recordB.Snapshot(), e => e.Kind == MarketDataKinds.Quotes);
        var trades = recordA.Snapshot().Where(e => e.Kind == MarketDataKinds.Trades).ToList();
        Assert.Equal(trades.OrderBy(e => e.Tick!.CumulativeVolume).Select(e => e.Sequence), trades.Select(e => e.Sequence));
        Assert.True((await grain.GetStatusAsync()).FramesPublished >= recordA.Items.Count + recordB.Items.Count);

        // A holder going leaves the registration with the other; the last one going releases it at the exchange.
        Assert.Equal(1, await grain.UnsubscribeAsync(a, MarketDataKinds.Trades, "position:test-1"));
        Assert.Equal(3, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());
        Assert.Equal(0, await grain.UnsubscribeAsync(a, MarketDataKinds.Trades, "position:test-1"));
        Assert.Equal(2, await grain.UnsubscribeAsync(a, MarketDataKinds.All, "session:test-1"));
        Assert.Equal(1, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());
        Assert.Equal(1, await grain.UnsubscribeAsync(b, MarketDataKinds.Trades, "session:test-1"));
        Assert.Equal(1, await grain.UnsubscribeAsync(b, MarketDataKinds.Trades, "position:test-1"));
        Assert.Equal(0, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());
        Assert.Empty((await grain.GetStatusAsync()).Registrations);

        // Journal and events/all: four holds taken (the repeated one is no change), four releases (the one that released
        // nothing is no change), with the registrations used after each; no tick is an event.
        var events = await fixture.JournaledAsync<MarketDataChanged>(
            TradingEventCategory.MarketData, GrainKeys.MarketData, mark, list => list.Count >= 8, "four subscribes and four releases");
        Assert.Equal(
            [
                (MarketDataChange.Subscribed, a, MarketDataKinds.Trades | MarketDataKinds.Quotes, "session:test-1", 2, 2, 2),
                (MarketDataChange.Subscribed, a, MarketDataKinds.Trades, "position:test-1", 1, 0, 2),
                (MarketDataChange.Subscribed, b, MarketDataKinds.Trades, "session:test-1", 1, 1, 3),
                (MarketDataChange.Subscribed, b, MarketDataKinds.Trades, "position:test-1", 1, 0, 3),
                (MarketDataChange.Released, a, MarketDataKinds.Trades, "position:test-1", 1, 0, 3),
                (MarketDataChange.Released, a, MarketDataKinds.Trades | MarketDataKinds.Quotes, "session:test-1", 2, 0, 1),
                (MarketDataChange.Released, b, MarketDataKinds.Trades, "session:test-1", 1, 0, 1),
                (MarketDataChange.Released, b, MarketDataKinds.Trades, "position:test-1", 1, 0, 0),
            ],
            events.Select(e => (e.Payload.Change, e.Payload.Symbol, e.Payload.Kinds, e.Payload.Owner, e.Payload.Holds, e.Payload.NewRegistrations, e.Payload.RegistrationsUsed)));
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(41, e.Payload.RegistrationsLimit));
        Assert.Equal([MarketDataPriority.WatchList, MarketDataPriority.Position, MarketDataPriority.WatchList, MarketDataPriority.Position], events.Take(4).Select(e => e.Payload.Priority));
        Assert.Equal(events.Select(e => e.Event.Sequence).Order(), events.Select(e => e.Event.Sequence));
    }

    [Fact]
    public async Task DroppedWebSocket_Reconnects_RestoresEveryRegistration_AndPublishingGoesOn()
    {
        await fixture.ReleaseAllAsync();
        var grain = fixture.MarketData;
        var (a, b) = (fixture.Stocks[2].Symbol, fixture.Stocks[3].Symbol);
        await using var recordA = await fixture.RecordAsync(a);
        await using var recordB = await fixture.RecordAsync(b);
        Assert.True((await grain.SubscribeAsync(a, MarketDataKinds.Trades | MarketDataKinds.Quotes, "drop-test", MarketDataPriority.Position)).Accepted);
        Assert.True((await grain.SubscribeAsync(b, MarketDataKinds.Trades, "drop-test", MarketDataPriority.WatchList)).Accepted);
        await fixture.AdvanceMarketAsync(TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(() => LastTrade(recordA) is not null && LastTrade(recordB) is not null, "ticks of both symbols before the drop");
        var statusBefore = await grain.GetStatusAsync();
        var wsBefore = await fixture.WebSocketMetricsAsync();
        var mark = await fixture.MarkAsync(Stream, GrainKeys.MarketData);

        await fixture.DropWebSocketsAsync();

        await Eventually.TrueAsync(
            async () =>
            {
                var ws = await fixture.WebSocketMetricsAsync();
                return ws.GetProperty("sessionsOpened").GetInt64() == wsBefore.GetProperty("sessionsOpened").GetInt64() + 1
                    && ws.GetProperty("sessionsOpen").GetInt64() == 1
                    && ws.GetProperty("registrationsActive").GetInt64() == 3;
            },
            "a new session holds the three registrations again");
        var wsAfter = await fixture.WebSocketMetricsAsync();
        Assert.Equal(3, wsAfter.GetProperty("registrations").GetInt64() - wsBefore.GetProperty("registrations").GetInt64());
        var status = await grain.GetStatusAsync();
        Assert.Equal("Connected", status.Connection);
        Assert.Equal(statusBefore.Reconnects + 1, status.Reconnects);
        Assert.Equal(statusBefore.ActivatedAt, status.ActivatedAt);
        Assert.Equal(3, status.Registrations.Length);
        Assert.All(status.Registrations, r => Assert.True(r.Registered, $"{r.Symbol}/{r.Kind} registered after the reconnect"));

        var lastA = LastTrade(recordA)!;
        var lastB = LastTrade(recordB)!;
        await fixture.AdvanceMarketAsync(TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(
            () => LastTrade(recordA)!.Tick!.CumulativeVolume > lastA.Tick!.CumulativeVolume && LastTrade(recordB)!.Tick!.CumulativeVolume > lastB.Tick!.CumulativeVolume
                && recordA.Snapshot().Any(e => e.Kind == MarketDataKinds.Quotes && e.Sequence > lastA.Sequence),
            "trades of both symbols and books keep arriving after the reconnect");
        Assert.True(LastTrade(recordA)!.Sequence > lastA.Sequence);

        // Journal and events/all: the session lost, then reconnected holding the three registrations.
        var events = await fixture.JournaledAsync<MarketDataChanged>(
            TradingEventCategory.MarketData, GrainKeys.MarketData, mark, list => list.Any(e => e.Change == MarketDataChange.Reconnected), "connection lost and reconnected");
        Assert.Equal([MarketDataChange.ConnectionLost, MarketDataChange.Reconnected], events.Select(e => e.Payload.Change));
        Assert.Contains("connection lost", events[0].Payload.Detail, StringComparison.Ordinal);
        Assert.Contains("reconnected", events[1].Payload.Detail, StringComparison.Ordinal);
        Assert.Equal(3, events[1].Payload.Holds);
        Assert.All(events, e => Assert.Null(e.Payload.Symbol));

        Assert.Equal(2, await grain.UnsubscribeAsync(a, MarketDataKinds.All, "drop-test"));
        Assert.Equal(1, await grain.UnsubscribeAsync(b, MarketDataKinds.All, "drop-test"));
    }

    [Fact]
    public async Task The42ndRegistration_IsRefusedWithAReason_ReleasingOneFreesASlot_AndPositionsEvictWatchListSymbols()
    {
        await fixture.ReleaseAllAsync();
        var grain = fixture.MarketData;
        var codes = fixture.Stocks.Skip(10).Take(43).Select(i => i.Symbol).ToList();
        var mark = await fixture.MarkAsync(Stream, GrainKeys.MarketData);
        var symbolMark = await fixture.MarkAsync("symbol", codes[41]);
        foreach (var code in codes.Take(40))
        {
            var answer = await grain.SubscribeAsync(code, MarketDataKinds.Trades, "cap-test", MarketDataPriority.WatchList);
            Assert.True(answer.Accepted, answer.Reason);
        }

        // All or nothing: with one slot left, Trades of a new symbol fit but its Quotes do not, so neither is held.
        var pair = await grain.SubscribeAsync(codes[41], MarketDataKinds.Trades | MarketDataKinds.Quotes, "cap-test", MarketDataPriority.WatchList);
        Assert.False(pair.Accepted);
        Assert.Equal(40, pair.RegistrationsUsed);
        Assert.Equal(40, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());
        Assert.DoesNotContain((await grain.GetStatusAsync()).Registrations, r => r.Symbol == codes[41]);

        var last = await grain.SubscribeAsync(codes[40], MarketDataKinds.Trades, "cap-test", MarketDataPriority.WatchList);
        Assert.True(last.Accepted, last.Reason);
        Assert.Equal(41, last.RegistrationsUsed);

        // A second holder of a held registration costs nothing, even at the cap.
        var shared = await grain.SubscribeAsync(codes[0], MarketDataKinds.Trades, "cap-test-2", MarketDataPriority.WatchList);
        Assert.True(shared.Accepted, shared.Reason);
        Assert.Equal((0, 41), (shared.NewRegistrations, shared.RegistrationsUsed));

        var refused = await grain.SubscribeAsync(codes[41], MarketDataKinds.Trades, "cap-test", MarketDataPriority.WatchList);
        Assert.False(refused.Accepted);
        Assert.Contains("41", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("Kis:WebSocket:MaxRegistrations", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(41, refused.RegistrationsUsed);
        var ws = await fixture.WebSocketMetricsAsync();
        Assert.Equal(41, ws.GetProperty("registrationsActive").GetInt64());
        Assert.False(ws.GetProperty("registrationRejections").TryGetProperty("OPSP0008", out _), "the client refused before sending");
        Assert.DoesNotContain((await grain.GetStatusAsync()).Registrations, r => r.Symbol == codes[41]);

        // Watching through the symbol grain at the cap is refused the same way (and told by both grains).
        var watch = await fixture.Cluster.Client.GetGrain<ISymbolGrain>(codes[41]).WatchAsync("cap-test-watch", MarketDataKinds.Trades, MarketDataPriority.WatchList);
        Assert.False(watch.Accepted);

        // A Position subscription evicts the newest watch-list registration, which waits parked.
        var position = await grain.SubscribeAsync(codes[42], MarketDataKinds.Trades, "cap-test-position", MarketDataPriority.Position);
        Assert.True(position.Accepted, position.Reason);
        var status = await grain.GetStatusAsync();
        var parked = Assert.Single(status.Registrations, r => r.Parked);
        Assert.Equal(codes[40], parked.Symbol);
        Assert.False(parked.Registered);
        Assert.Equal(41, status.RegistrationsUsed);

        // Its release gives the slot back to the parked one.
        Assert.Equal(1, await grain.UnsubscribeAsync(codes[42], MarketDataKinds.Trades, "cap-test-position"));
        await Eventually.TrueAsync(async () => (await grain.GetStatusAsync()).Registrations.All(r => !r.Parked && r.Registered), "the parked registration is back");

        // Releasing one frees a slot for the refused symbol.
        Assert.Equal(1, await grain.UnsubscribeAsync(codes[5], MarketDataKinds.Trades, "cap-test"));
        Assert.Equal(40, (await grain.GetStatusAsync()).RegistrationsUsed);
        var admitted = await grain.SubscribeAsync(codes[41], MarketDataKinds.Trades, "cap-test", MarketDataPriority.WatchList);
        Assert.True(admitted.Accepted, admitted.Reason);
        Assert.Equal((1, 41), (admitted.NewRegistrations, admitted.RegistrationsUsed));
        Assert.Equal(41, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());

        foreach (var code in codes.Take(42))
        {
            await grain.UnsubscribeAsync(code, MarketDataKinds.All, "cap-test");
        }

        Assert.Equal(1, await grain.UnsubscribeAsync(codes[0], MarketDataKinds.Trades, "cap-test-2"));
        Assert.Equal(0, (await fixture.WebSocketMetricsAsync()).GetProperty("registrationsActive").GetInt64());

        // Journal and events/all: the refusals with their reason, the eviction (parked) and the return (unparked).
        var events = await fixture.JournaledAsync<MarketDataChanged>(
            TradingEventCategory.MarketData, GrainKeys.MarketData, mark,
            list => list.Any(e => e.Change == MarketDataChange.Unparked) && list.Count(e => e.Change == MarketDataChange.Released && e.Owner == "cap-test-2") == 1,
            "the cap test's events up to the last release");
        var refusals = events.Where(e => e.Payload.Change == MarketDataChange.Refused).Select(e => e.Payload).ToList();
        Assert.Equal(
            [
                (codes[41], MarketDataKinds.Trades | MarketDataKinds.Quotes, "cap-test", 40),
                (codes[41], MarketDataKinds.Trades, "cap-test", 41),
                (codes[41], MarketDataKinds.Trades, "cap-test-watch", 41),
            ],
            refusals.Select(e => (e.Symbol, e.Kinds, e.Owner, e.RegistrationsUsed)));
        Assert.NotEmpty(refusals);
        Assert.All(refusals, e => Assert.Contains("Kis:WebSocket:MaxRegistrations", e.Detail, StringComparison.Ordinal));
        var parkedRow = Assert.Single(events, e => e.Payload.Change == MarketDataChange.Parked);
        var parkedEvent = parkedRow.Payload;
        Assert.Equal((codes[40], MarketDataKinds.Trades, MarketDataPriority.WatchList, 1), (parkedEvent.Symbol, parkedEvent.Kinds, parkedEvent.Priority, parkedEvent.Holds));
        Assert.Contains("evicted", parkedEvent.Detail, StringComparison.Ordinal);
        var unparked = Assert.Single(events, e => e.Payload.Change == MarketDataChange.Unparked);
        Assert.Equal((codes[40], MarketDataKinds.Trades), (unparked.Payload.Symbol, unparked.Payload.Kinds));
        var positionEvent = Assert.Single(events, e => e.Payload.Change == MarketDataChange.Subscribed && e.Payload.Owner == "cap-test-position");
        Assert.Single(events, e => e.Payload.Change == MarketDataChange.Released && e.Payload.Owner == "cap-test-position");

        // The return happens inside the position's release (the client promotes the parked one as the slot frees), so its
        // event may be journaled before or after that release's; it always follows the eviction and the position's hold.
        Assert.True(positionEvent.Event.Sequence < unparked.Event.Sequence && parkedRow.Event.Sequence < unparked.Event.Sequence, "the parked one returns after the eviction");
        Assert.Equal(40 + 1 + 1 + 1 + 1, events.Count(e => e.Payload.Change == MarketDataChange.Subscribed && e.Payload.Owner!.StartsWith("cap-test", StringComparison.Ordinal)));
        var symbolEvents = await fixture.JournaledAsync<SymbolChanged>(TradingEventCategory.Symbol, codes[41], symbolMark, list => list.Count >= 1, "the refused watch");
        var refusedWatch = Assert.Single(symbolEvents).Payload;
        Assert.Equal((SymbolChange.WatchRefused, "cap-test-watch", MarketDataKinds.Trades, 0), (refusedWatch.Change, refusedWatch.Owner, refusedWatch.Kinds, refusedWatch.Holds));
        Assert.Contains("41", refusedWatch.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivated_TheReminderBringsItBack_WithThePersistedSubscriptionsRestored()
    {
        await fixture.ReleaseAllAsync();
        var grain = fixture.MarketData;
        var (a, b) = (fixture.Stocks[4].Symbol, fixture.Stocks[5].Symbol);
        Assert.True((await grain.SubscribeAsync(a, MarketDataKinds.Trades, "revive-1", MarketDataPriority.Position)).Accepted);
        Assert.True((await grain.SubscribeAsync(a, MarketDataKinds.Trades, "revive-2", MarketDataPriority.WatchList)).Accepted);
        Assert.True((await grain.SubscribeAsync(b, MarketDataKinds.Quotes, "revive-1", MarketDataPriority.WatchList)).Accepted);
        var before = await grain.GetStatusAsync();
        Assert.Equal(2, before.Registrations.Length);
        var mark = await fixture.MarkAsync(Stream, GrainKeys.MarketData);

        await fixture.Cluster.DeactivateAsync(grain);
        await Eventually.TrueAsync(
            async () =>
            {
                var ws = await fixture.WebSocketMetricsAsync();
                return ws.GetProperty("sessionsOpen").GetInt64() == 0 && ws.GetProperty("registrationsActive").GetInt64() == 0;
            },
            "the deactivated grain released its registrations and closed the session");

        // No call to the grain: only its durable reminder (one minute on the reminder clock) can bring it back.
        for (var i = 0; i < 7; i++)
        {
            fixture.ReminderClock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await Eventually.TrueAsync(
            async () =>
            {
                var ws = await fixture.WebSocketMetricsAsync();
                return ws.GetProperty("sessionsOpen").GetInt64() == 1 && ws.GetProperty("registrationsActive").GetInt64() == 2;
            },
            "the re-activated grain opened a session and restored both registrations");

        await using var recordA = await fixture.RecordAsync(a);
        var status = await grain.GetStatusAsync();
        Assert.True(status.ActivatedAt > before.ActivatedAt, "a new activation");
        Assert.False(status.Restoring);
        Assert.Equal(
            before.Registrations.Select(r => (r.Symbol, r.Kind, Owners: string.Join(',', r.Holders.Select(h => $"{h.Owner}@{h.Priority}@{h.Since:O}")))),
            status.Registrations.Select(r => (r.Symbol, r.Kind, Owners: string.Join(',', r.Holders.Select(h => $"{h.Owner}@{h.Priority}@{h.Since:O}")))));
        Assert.NotEmpty(status.Registrations);
        Assert.All(status.Registrations, r => Assert.True(r.Registered, $"{r.Symbol}/{r.Kind} registered"));

        await fixture.AdvanceMarketAsync(TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(() => LastTrade(recordA) is not null, "the restored activation publishes ticks");

        // Journal and events/all: the new activation restored the three holds on this silo (a deactivation is no change).
        var events = await fixture.JournaledAsync<MarketDataChanged>(
            TradingEventCategory.MarketData, GrainKeys.MarketData, mark, list => list.Any(e => e.Change == MarketDataChange.Restored), "the restore");
        var restored = Assert.Single(events).Payload;
        Assert.Equal((MarketDataChange.Restored, 3, 0, 2), (restored.Change, restored.Holds, restored.Dropped, restored.RegistrationsUsed));
        Assert.Contains(status.Silo, restored.Detail, StringComparison.Ordinal);

        Assert.Equal(1, await grain.UnsubscribeAsync(a, MarketDataKinds.Trades, "revive-1"));
        Assert.Equal(1, await grain.UnsubscribeAsync(a, MarketDataKinds.Trades, "revive-2"));
        Assert.Equal(1, await grain.UnsubscribeAsync(b, MarketDataKinds.Quotes, "revive-1"));
    }

    [Fact]
    public async Task BadArguments_AreRefusedAsCallerErrors()
    {
        await fixture.ReleaseAllAsync();
        var grain = fixture.MarketData;
        var code = fixture.Stocks[6].Symbol;
        var badCode = await Assert.ThrowsAsync<ArgumentException>(() => grain.SubscribeAsync("5930", MarketDataKinds.Trades, "x", MarketDataPriority.WatchList));
        Assert.Contains("six ASCII digits", badCode.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SubscribeAsync(code, MarketDataKinds.None, "x", MarketDataPriority.WatchList));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SubscribeAsync(code, (MarketDataKinds)64, "x", MarketDataPriority.WatchList));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.SubscribeAsync(code, MarketDataKinds.Trades, " ", MarketDataPriority.WatchList));
        var other = fixture.Cluster.Client.GetGrain<IMarketDataGrain>("another");
        var singleton = await Assert.ThrowsAnyAsync<Exception>(() => other.GetStatusAsync());
        Assert.Contains(GrainKeys.MarketData, singleton.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain((await grain.GetStatusAsync()).Registrations, r => r.Symbol == code);
    }

    private const string Stream = "market-data";

    private static MarketDataEvent? LastTrade(MarketDataFixture.TickRecorder recorder) =>
        recorder.Snapshot().LastOrDefault(e => e.Kind == MarketDataKinds.Trades);
}
