using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;
using KisTrader.Kis.Transport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Streams;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>
/// The KIS grains' state changes reach the journal and the <c>events/all</c> stream with the journal's sequence, and
/// never carry a credential or a full account number.
/// </summary>
[Collection(KisClusterCollection.Name)]
public sealed class KisEventsTests(KisClusterFixture fixture)
{
    [Fact]
    public async Task NewKey_TokenIssuedHolderJoinedAndAccountSnapshot_AreJournaledAndPublishedWithoutSecrets()
    {
        var ct = TestContext.Current.CancellationToken;
        var received = new List<TradingEvent>();
        var subscription = await fixture.Cluster.Client.GetStreamProvider(ProviderNames.Streams)
            .GetStream<TradingEvent>(StreamIds.Events())
            .SubscribeAsync((e, _) =>
            {
                lock (received)
                {
                    received.Add(e);
                }

                return Task.CompletedTask;
            });
        var appKey = "PSevents-" + Guid.NewGuid().ToString("N");
        var secret = "events-secret-" + appKey;
        var keyId = GrainKeys.KisKeyId(appKey);
        var market = (await fixture.CreateSiloClient(appKey, secret)).GetRequiredService<IKisMarketData>();

        try
        {
            await market.GetQuoteAsync(new SymbolQuery("005930"), KisLane.Screening, ct);
        }
        catch (KisApiException)
        {
            // Any broker answer will do: the token was issued and a permit leased.
        }

        var snapshot = await fixture.Cluster.Client.GetGrain<IAccountGrain>(GrainKeys.Account(fixture.SiloCano, "01")).RefreshAsync(ct);

        var journal = fixture.Journal;
        var auth = await journal.ReadEventsAsync("kis-auth", keyId, ct);
        var issued = Assert.Single(auth);
        Assert.Equal(nameof(KisAuthChanged), issued.Event.EventType);
        Assert.Contains("\"change\":\"TokenIssued\"", issued.Event.PayloadJson.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var budget = await journal.ReadEventsAsync("rate-budget", keyId, ct);
        Assert.Contains(budget, e => e.Event.PayloadJson.Contains("HolderJoined", StringComparison.Ordinal));
        var masked = fixture.SiloCano[..4] + "****-01";
        var account = await journal.ReadEventsAsync("account", masked, ct);
        Assert.NotEmpty(account);
        Assert.Equal(nameof(AccountSnapshotTaken), account[^1].Event.EventType);
        Assert.Contains(snapshot.OrderableCash.ToString(System.Globalization.CultureInfo.InvariantCulture), account[^1].Event.PayloadJson, StringComparison.Ordinal);

        // The same events on the stream, with the journal's sequence numbers (memory streams deliver within moments).
        long[] sequences = [issued.Sequence, budget[0].Sequence, account[^1].Sequence];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline && sequences.Except(Sequences(received)).Any())
        {
            await Task.Delay(50, ct);
        }

        Assert.Empty(sequences.Except(Sequences(received)));
        TradingEvent[] mine;
        lock (received)
        {
            mine = [.. received.Where(e => sequences.Contains(e.Sequence))];
        }

        var token = Assert.IsType<KisAuthChanged>(mine.Single(e => e.Sequence == issued.Sequence).Payload);
        Assert.Equal(KisAuthChange.TokenIssued, token.Change);
        Assert.Equal(keyId, token.KeyId);
        Assert.NotNull(token.ExpiresAt);
        var snapshotEvent = Assert.IsType<AccountSnapshotTaken>(mine.Single(e => e.Sequence == account[^1].Sequence).Payload);
        Assert.Equal(masked, snapshotEvent.AccountRef);
        Assert.Equal(TradingEventCategory.Account, mine.Single(e => e.Sequence == account[^1].Sequence).Category);
        Assert.NotEmpty(mine);
        Assert.All(mine, e => Assert.Equal(TimeSpan.FromHours(9), e.At.Offset));

        // No credential and no full account number anywhere in what was journaled or published.
        var everything = string.Join('\n', auth.Concat(budget).Concat(account).Select(e => e.Event.PayloadJson + e.Event.Subject)
            .Concat(mine.Select(e => JsonSerializer.Serialize(e, TradingEventPublisher.PayloadJson))));
        Assert.DoesNotContain(appKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.SiloCano, everything, StringComparison.Ordinal);
        await subscription.UnsubscribeAsync();
    }

    [Fact]
    public async Task AuthAndBudgetGrains_EveryChangeWorthTelling_IsJournaledInOrderWithoutTheCredential()
    {
        var ct = TestContext.Current.CancellationToken;
        var keyId = GrainKeys.KisKeyId(KisAuthGrainTests.NewKey().Key);
        var auth = fixture.Cluster.Client.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(keyId));
        var at = DateTimeOffset.UtcNow;
        const string First = "first-access-token-value-0001";
        const string Second = "second-access-token-value-0002";
        const string Approval = "approval-key-value-0003";

        Assert.True((await auth.GetTokenAsync("h1")).MayIssue);
        await auth.SaveTokenAsync("h1", new KisAccessToken(First, at, at.AddHours(24)));
        await auth.SaveTokenAsync("h1", new KisAccessToken(Second, at.AddHours(1), at.AddHours(25)));
        Assert.False(await auth.RemoveTokenAsync(KisAccessToken.Fingerprint(First))); // not the stored one: no change
        Assert.True(await auth.RemoveTokenAsync(KisAccessToken.Fingerprint(Second)));
        await auth.SaveApprovalKeyAsync(Approval);
        await auth.RemoveApprovalKeyAsync();
        await auth.RemoveApprovalKeyAsync(); // nothing stored: no change

        var authEvents = await fixture.Journal.ReadEventsAsync("kis-auth", keyId, ct);
        Assert.Equal(
            ["TokenIssued", "TokenRenewed", "TokenInvalidated", "ApprovalKeySaved", "ApprovalKeyRemoved"],
            authEvents.Select(e => Payload<KisAuthChanged>(e).Change.ToString()));
        Assert.Equal(at.AddHours(25), Payload<KisAuthChanged>(authEvents[1]).ExpiresAt);
        Assert.NotEmpty(authEvents);
        Assert.All(authEvents, e =>
        {
            Assert.DoesNotContain(First, e.Event.PayloadJson, StringComparison.Ordinal);
            Assert.DoesNotContain(Second, e.Event.PayloadJson, StringComparison.Ordinal);
            Assert.DoesNotContain(Approval, e.Event.PayloadJson, StringComparison.Ordinal);
            Assert.DoesNotContain(KisAccessToken.Fingerprint(Second), e.Event.PayloadJson, StringComparison.Ordinal);
        });

        // Budget: a holder joins and reports an EGW00201 (a pause begins: one event, not one per report while paused);
        // after a reactivation with quota out, the grain tells that it recovers.
        var budget = fixture.Cluster.Client.GetGrain<IRateBudgetGrain>(GrainKeys.RateBudget(keyId));
        var backoff = TimeSpan.FromSeconds(30);
        await budget.SyncAsync(new RateBudgetReport("a", 6, 0, 2, 3, 1, backoff));
        await budget.SyncAsync(new RateBudgetReport("a", 6, 0, 2, 3, 1, backoff));
        await fixture.Cluster.DeactivateAsync(budget);
        await budget.GetStatusAsync();

        var budgetEvents = (await fixture.Journal.ReadEventsAsync("rate-budget", keyId, ct)).Select(Payload<RateBudgetChanged>).ToList();
        Assert.Equal([RateBudgetChange.HolderJoined, RateBudgetChange.Paused, RateBudgetChange.Recovering], budgetEvents.Select(e => e.Change));
        Assert.Equal("a", budgetEvents[1].HolderId);
        Assert.NotNull(budgetEvents[1].Until);
        Assert.Equal(6, budgetEvents[1].PermitsPerWindow);
        Assert.NotNull(budgetEvents[2].Until);
    }

    private static T Payload<T>(RecordedJournalEvent row)
        where T : TradingEventPayload =>
        Assert.IsType<T>(JsonSerializer.Deserialize<TradingEventPayload>(row.Event.PayloadJson, TradingEventPublisher.PayloadJson));

    private static long[] Sequences(List<TradingEvent> received)
    {
        lock (received)
        {
            return [.. received.Select(e => e.Sequence)];
        }
    }
}
