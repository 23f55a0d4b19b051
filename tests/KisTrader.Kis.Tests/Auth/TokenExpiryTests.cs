using KisTrader.Kis.Auth;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Kis.Tests.Auth;

/// <summary>
/// When a token expires, by the broker's <c>access_token_token_expired</c> (KST) or by <c>expires_in</c> on our clock,
/// against the simulator's tokenP: the stored token's expiry is read from the store the client saves it to.
/// </summary>
public sealed class TokenExpiryTests(SimFixture fixture) : IClassFixture<SimFixture>
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    private SimHost Sim => fixture.Sim;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OurClockAheadOfTheBroker_TheBrokersExpiryInstantIsKept()
    {
        // Our clock reads 2 h later than the broker's: by expires_in (86,400 s) the token would live until 17:25 tomorrow
        // on our clock, but the broker expires it at its own 15:25 tomorrow — the field says so, and we must believe it.
        var store = new InMemoryKisTokenStore();
        await using var client = await ClientAsync(new ManualClock(Sim.Host.Clock.GetUtcNow() + TimeSpan.FromHours(2)), store);

        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        var token = await StoredAsync(client, store);
        Assert.Equal(SimHost.DefaultStart.AddHours(2), token.IssuedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 15, 25, 0, Kst), token.ExpiresAt);
    }

    [Fact]
    public async Task BrokersExpiryInOurPast_FallsBackToExpiresInOnOurClock_AndIssuesOnce()
    {
        // Our clock is 3 days past the broker's: its expiry instant is already behind us. Dated by it, the token would look
        // expired on arrival and every call would issue again; dated by expires_in it lives 24 h on our clock.
        var store = new InMemoryKisTokenStore();
        var clock = new ManualClock(Sim.Host.Clock.GetUtcNow() + TimeSpan.FromDays(3));
        await using var client = await ClientAsync(clock, store);
        var before = await Sim.TokensIssuedAsync();

        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        await client.MarketData.GetQuoteAsync(new SymbolQuery("000660"), cancellationToken: Ct);

        var token = await StoredAsync(client, store);
        Assert.Equal(clock.GetUtcNow().AddDays(1), token.ExpiresAt);
        Assert.Equal(1, client.Connections.Trading.Tokens.Issued);
        Assert.Equal(1, await Sim.TokensIssuedAsync() - before);
    }

    [Fact]
    public async Task SharedSimulatedClock_ATokenIssuedAt1529_IsNotSeenAsExpired()
    {
        // The one-process default: simulator and client read one running simulated clock that starts at 15:29 KST.
        await using var sim = await SimHost.StartAsync(s => s["Simulator:Clock:Paused"] = "false", new DateTimeOffset(2026, 11, 23, 15, 29, 0, Kst));
        var clock = sim.Host.Clock;
        var store = new InMemoryKisTokenStore();
        await using var client = await ClientAsync(sim, clock, store);
        var before = await sim.TokensIssuedAsync();

        var first = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        var second = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal(first.Symbol, second.Symbol);
        var token = await StoredAsync(client, store);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 15, 29, 0, Kst), token.ExpiresAt.AddTicks(-(token.ExpiresAt.Ticks % TimeSpan.TicksPerMinute)));
        Assert.True(token.ExpiresAt > clock.GetUtcNow().AddHours(23), $"token expires at {token.ExpiresAt:O}, now {clock.GetUtcNow():O}");
        Assert.Equal(1, client.Connections.Trading.Tokens.Issued);
        Assert.Equal(1, await sim.TokensIssuedAsync() - before);
    }

    [Theory]
    [InlineData(22, 24, 22)] // consistent (a re-served token keeps its first expiry; or our clock is ahead): the broker's instant
    [InlineData(24, 24, 24)] // both agree
    [InlineData(-1, 24, 24)] // the broker's instant is in our past: expires_in on our clock
    [InlineData(30, 24, 24)] // the broker's instant is later than expires_in allows (its clock is ahead): the earlier, expires_in
    public void Expiry_PicksTheBrokersInstantOnlyWhenConsistentWithOurClock(int brokerHours, int expiresInHours, int expectedHours)
    {
        var now = new DateTimeOffset(2026, 11, 23, 6, 29, 0, TimeSpan.Zero);

        var expiry = KisOAuthClient.Expiry(now, now.AddHours(brokerHours), now.AddHours(expiresInHours));

        Assert.Equal(now.AddHours(expectedHours), expiry);
    }

    [Fact]
    public void Expiry_WithoutEitherField_Is23Hours_AndWithOnlyTheBrokersInstantIsThatInstant()
    {
        var now = new DateTimeOffset(2026, 11, 23, 6, 29, 0, TimeSpan.Zero);

        Assert.Equal(now.AddHours(23), KisOAuthClient.Expiry(now, null, null));
        Assert.Equal(now.AddHours(10), KisOAuthClient.Expiry(now, now.AddHours(10), null));
    }

    private Task<KisClientHandle> ClientAsync(TimeProvider clock, IKisTokenStore store) => ClientAsync(Sim, clock, store);

    private static Task<KisClientHandle> ClientAsync(SimHost sim, TimeProvider clock, IKisTokenStore store) =>
        KisClientHandle.CreateAsync(sim, s => s["Kis:Auth:TokenStore"] = "External", services: services =>
        {
            services.Replace(ServiceDescriptor.Singleton(clock));
            services.Replace(ServiceDescriptor.Singleton(store));
        });

    private static async Task<KisStoredToken> StoredAsync(KisClientHandle client, InMemoryKisTokenStore store) =>
        await store.GetAsync(client.Connections.Trading.Credentials.KeyId, Ct) ?? throw new InvalidOperationException("no token was stored");
}
