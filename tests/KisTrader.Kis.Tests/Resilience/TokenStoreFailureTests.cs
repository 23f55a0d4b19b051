using KisTrader.Kis.Auth;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KisTrader.Kis.Tests.Resilience;

/// <summary>
/// A token store that fails (in a cluster it is a grain: an unreachable silo, an Orleans timeout) before an order: the
/// order is reported NotSent — nothing reached the broker — instead of the store's exception escaping the order call.
/// </summary>
public sealed class TokenStoreFailureTests(SimFixture fixture) : IClassFixture<SimFixture>
{
    private const string BuyTr = "TTTC0012U";

    private SimHost Sim => fixture.Sim;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Order_WhenTheTokenStoreThrows_IsNotSent_AndNothingReachesTheBroker()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim, s => s["Kis:Auth:TokenStore"] = "External",
            services: services => services.Replace(ServiceDescriptor.Singleton<IKisTokenStore>(new FailingTokenStore())));
        var ordersBefore = await Sim.CallsAsync(BuyTr);
        var tokensBefore = await Sim.TokensIssuedAsync();

        var result = await client.Trading.PlaceCashOrderAsync(
            new CashOrderRequest(client.Trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, 1, 100_000m), cancellationToken: Ct);

        Assert.Equal(OrderOutcome.NotSent, result.Outcome);
        Assert.Equal("TOKEN_UNAVAILABLE", result.MsgCd);
        Assert.IsType<FailingTokenStore.StoreUnreachableException>(result.Failure?.InnerException);
        Assert.Equal(0, await Sim.CallsAsync(BuyTr) - ordersBefore);
        Assert.Equal(0, await Sim.TokensIssuedAsync() - tokensBefore);
    }

    [Fact]
    public async Task Query_WhenTheTokenStoreThrows_StillSeesTheStoresException()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim, s =>
        {
            s["Kis:Auth:TokenStore"] = "External";
            s["Kis:Resilience:QueryRetries"] = "0";
        }, services: services => services.Replace(ServiceDescriptor.Singleton<IKisTokenStore>(new FailingTokenStore())));

        await Assert.ThrowsAsync<FailingTokenStore.StoreUnreachableException>(
            () => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct));
    }

    [Fact]
    public async Task Order_RefusedForItsToken_WhenTheStoreFailsToForgetIt_IsNotSent()
    {
        var store = new ForgetFailingTokenStore();
        await using var client = await KisClientHandle.CreateAsync(Sim, s => s["Kis:Auth:TokenStore"] = "External",
            services: services => services.Replace(ServiceDescriptor.Singleton<IKisTokenStore>(store)));
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct); // the token is issued and stored
        await Sim.AddFaultAsync($$"""{"kind":"invalidateTokens","appKey":"{{client.AppKey}}"}""");
        var ordersBefore = await Sim.CallsAsync(BuyTr);

        var result = await client.Trading.PlaceCashOrderAsync(
            new CashOrderRequest(client.Trading.Account, OrderSide.Buy, "005930", OrderDivision.Limit, 1, 100_000m), cancellationToken: Ct);

        // The gateway refused the one attempt for its token (EGW00121), then forgetting the token failed: nothing was sent.
        Assert.Equal(OrderOutcome.NotSent, result.Outcome);
        Assert.Equal("TOKEN_UNAVAILABLE", result.MsgCd);
        Assert.IsType<FailingTokenStore.StoreUnreachableException>(result.Failure?.InnerException);
        Assert.Equal(1, await Sim.CallsAsync(BuyTr) - ordersBefore);
        Assert.True(store.RemoveAttempts > 0);
    }

    /// <summary>A store that keeps tokens but cannot remove one (its grain became unreachable after the token was saved).</summary>
    private sealed class ForgetFailingTokenStore : IKisTokenStore
    {
        private KisStoredToken? _token;

        public int RemoveAttempts { get; private set; }

        public ValueTask<KisStoredToken?> GetAsync(string keyId, CancellationToken cancellationToken) => ValueTask.FromResult(_token);

        public ValueTask SaveAsync(string keyId, KisStoredToken token, CancellationToken cancellationToken)
        {
            _token = token;
            return ValueTask.CompletedTask;
        }

        public ValueTask RemoveAsync(string keyId, CancellationToken cancellationToken)
        {
            RemoveAttempts++;
            throw new FailingTokenStore.StoreUnreachableException();
        }
    }

    /// <summary>The failure we inject: a store whose every call fails, as a cluster store does when its grain is unreachable.</summary>
    private sealed class FailingTokenStore : IKisTokenStore
    {
        public ValueTask<KisStoredToken?> GetAsync(string keyId, CancellationToken cancellationToken) => throw new StoreUnreachableException();

        public ValueTask SaveAsync(string keyId, KisStoredToken token, CancellationToken cancellationToken) => throw new StoreUnreachableException();

        public ValueTask RemoveAsync(string keyId, CancellationToken cancellationToken) => throw new StoreUnreachableException();

        public sealed class StoreUnreachableException() : Exception("the token grain is unreachable");
    }
}
