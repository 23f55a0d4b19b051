using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.Client;

/// <summary>Paper TR IDs, separate market-data credentials, and token renewal ahead of expiry.</summary>
public sealed class EnvironmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PaperEnvironment_SendsVTrIds_AndRefusesRealOnlyEndpointsBeforeCalling()
    {
        await using var sim = await SimHost.StartAsync(s => s["Simulator:Profile"] = "Paper");
        await using var client = await KisClientHandle.CreateAsync(sim, s => s["Kis:Environment"] = "Paper");

        var balance = await client.Trading.GetBalanceAsync(new BalanceRequest(client.Trading.Account), cancellationToken: Ct);
        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.True(balance.Summary.Deposit > 0);
        Assert.True(quote.Price > 0);
        Assert.Equal(1, await sim.CallsAsync("VTTC8434R"));
        Assert.Equal(0, await sim.CallsAsync("TTTC8434R"));
        Assert.Equal(1, client.Connections.Trading.Credentials.RequestsPerWindow);
        await Assert.ThrowsAsync<KisEndpointNotAvailableException>(() => client.MarketData.GetVolumeRankAsync(new VolumeRankRequest(), cancellationToken: Ct));
        Assert.Equal(0, await sim.CallsAsync("FHPST01710000"));
    }

    [Fact]
    public async Task SeparateMarketDataKey_ServesQuotes_WhileTheTradingKeyServesTheAccount()
    {
        await using var sim = await SimHost.StartAsync();
        var (marketKey, marketSecret) = KisClientHandle.NewKey();
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:MarketData:Environment"] = "Simulator";
            s["Kis:MarketData:RestBaseUrl"] = sim.Host.BaseUrl.ToString();
            s["Kis:MarketData:WebSocketBaseUrl"] = sim.Host.WebSocketUrl.ToString();
            s["Kis:MarketData:AppKey"] = marketKey;
            s["Kis:MarketData:AppSecret"] = marketSecret;
        });

        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        await client.MarketData.GetQuoteAsync(new SymbolQuery("000660"), cancellationToken: Ct);
        await client.Trading.GetBalanceAsync(new BalanceRequest(client.Trading.Account), cancellationToken: Ct);

        var connections = client.Connections;
        Assert.NotSame(connections.Trading, connections.MarketData);
        Assert.Equal(marketKey, connections.MarketData.Credentials.AppKey);
        Assert.Equal((1, 1), (connections.MarketData.Tokens.Issued, connections.Trading.Tokens.Issued));
        Assert.NotEqual(connections.Trading.Transport.Budget.KeyId, connections.MarketData.Transport.Budget.KeyId);
        Assert.Equal(2, await sim.TokensIssuedAsync());
    }

    [Fact]
    public async Task Token_IsRenewedAheadOfExpiry_Once()
    {
        await using var sim = await SimHost.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 6, 25, 0, TimeSpan.Zero));
        await using var client = await KisClientHandle.CreateAsync(sim, s => s["Kis:Auth:RenewBeforeExpiry"] = "01:00:00",
            services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        clock.Advance(TimeSpan.FromHours(22.5));
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        var beforeRenewal = client.Connections.Trading.Tokens.Issued;
        clock.Advance(TimeSpan.FromHours(1));
        await sim.ClockAsync("""{"advance":"00:01:01"}""");
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal(1, beforeRenewal);
        Assert.Equal(2, client.Connections.Trading.Tokens.Issued);
        var auth = (await sim.MetricsAsync()).GetProperty("auth");
        Assert.Equal(1, auth.GetProperty("tokensIssued").GetInt64());
        Assert.Equal(1, auth.GetProperty("tokensReused").GetInt64());
    }
}
