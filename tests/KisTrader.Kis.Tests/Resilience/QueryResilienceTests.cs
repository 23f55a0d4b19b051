using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using KisTrader.Kis.Transport;
using Polly.CircuitBreaker;

namespace KisTrader.Kis.Tests.Resilience;

/// <summary>Queries: transient failures injected by the simulator are retried; business errors are typed and not retried.</summary>
public sealed class QueryResilienceTests
{
    private const string PriceTr = "FHKST01010100";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Injected500s_AreRetried_AndTheQueryCompletes()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim);
        await sim.AddFaultAsync($$"""{"kind":"http500","count":2,"trIds":["{{PriceTr}}"]}""");

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(3, await sim.CallsAsync(PriceTr));
        Assert.Equal(2, client.Logs.Lines.Count(l => l.Contains("[4013]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InjectedTimeout_IsCutByTheAttemptTimeout_AndRetried()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:Resilience:QueryTimeout"] = "00:00:05"; // well above a normal call even on a loaded 2-core CI machine
            s["Kis:Resilience:OrderTimeout"] = "00:00:05";
        });
        // Warm up first: the simulator builds the day's market on the first quote, which must not count as a timeout.
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        var before = await sim.CallsAsync(PriceTr); // the warm-up itself may need a retry on a loaded machine
        await sim.AddFaultAsync($$"""{"kind":"timeout","count":1,"delay":"00:00:30","trIds":["{{PriceTr}}"]}""");

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(2, await sim.CallsAsync(PriceTr) - before); // the attempt cut by the timeout, then the retry
        Assert.Contains(client.Logs.Lines, l => l.Contains("[4013]", StringComparison.Ordinal) && l.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BusinessError_IsTypedWithMsgCdAndMsg1_AndNotRetried()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim);

        var error = await Assert.ThrowsAsync<KisApiException>(() =>
            client.Trading.GetBalanceAsync(new BalanceRequest(new KisAccount("12345678", "01")), cancellationToken: Ct));

        Assert.Equal("OPSQ2000", error.MsgCd);
        Assert.Equal("ERROR : INPUT INVALID_CHECK_ACNO", error.Msg1);
        Assert.Equal(500, error.HttpStatus);
        Assert.Equal("TTTC8434R", error.TrId);
        Assert.Equal(1, await sim.CallsAsync("TTTC8434R"));
    }

    [Fact]
    public async Task BusinessErrorWithHttp200_IsStillAnError_BecauseRtCdDecides()
    {
        await using var sim = await SimHost.StartAsync(s => s["Simulator:Gateway:BusinessErrorStatus"] = "200");
        await using var client = await KisClientHandle.CreateAsync(sim);

        var error = await Assert.ThrowsAsync<KisApiException>(() =>
            client.Trading.GetBalanceAsync(new BalanceRequest(new KisAccount("12345678", "01")), cancellationToken: Ct));

        Assert.Equal(("OPSQ2000", 200), (error.MsgCd, error.HttpStatus));
    }

    [Fact]
    public async Task PersistentFailures_OpenTheCircuit_AndLaterCallsFailFast()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:Resilience:BreakerMinimumThroughput"] = "3";
            s["Kis:Resilience:QueryRetries"] = "3";
        });
        await sim.AddFaultAsync($$"""{"kind":"http500","trIds":["{{PriceTr}}"]}""");

        await Assert.ThrowsAnyAsync<Exception>(() => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct));
        var callsWhenOpen = await sim.CallsAsync(PriceTr);
        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct));

        Assert.InRange(callsWhenOpen, 3, 4);
        Assert.Equal(callsWhenOpen, await sim.CallsAsync(PriceTr));
        Assert.Contains(client.Logs.Lines, l => l.Contains("[4014]", StringComparison.Ordinal));
    }
}
