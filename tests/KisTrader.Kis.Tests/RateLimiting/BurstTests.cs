using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;

namespace KisTrader.Kis.Tests.RateLimiting;

/// <summary>
/// The REST budget against the simulator's sliding-log limiter (the strictest reading of KIS's rule). Time is scaled
/// down 10× on both sides (18 calls per 100 ms window) so a 2,000-call burst takes seconds; the throughput figure at
/// the real 1 s scale is the kis-throughput benchmark's job.
/// </summary>
public sealed class BurstTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void ScaledSimulator(IDictionary<string, string?> s)
    {
        s["Simulator:RateLimit:Enabled"] = "true";
        s["Simulator:RateLimit:Window"] = "00:00:00.100";
        s["Simulator:RateLimit:RealPerWindow"] = "18";
    }

    [Fact]
    public async Task Burst_Of2000Calls_AtTheRealProfile_HasZeroRateLimitErrors_AndAllComplete()
    {
        await using var sim = await SimHost.StartAsync(ScaledSimulator);
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:RateLimit:RequestsPerSecond"] = "18";
            s["Kis:RateLimit:Window"] = "00:00:00.100";
            s["Kis:RateLimit:SafetyMargin"] = "00:00:00.002";
        });

        var quotes = await Task.WhenAll(Enumerable.Range(0, 2000).Select(i =>
            client.MarketData.GetQuoteAsync(new SymbolQuery(i % 2 == 0 ? "005930" : "000660"), cancellationToken: Ct)));

        Assert.Equal(2000, quotes.Length);
        Assert.All(quotes, q => Assert.True(q.Price > 0));
        Assert.Equal(0, await sim.RateLimitedAsync());
        Assert.Equal(2000, await sim.CallsAsync("FHKST01010100"));
        Assert.Equal(0, client.Limiter.RateLimitedReports);
    }

    [Fact]
    public async Task InjectedRateLimitErrors_BackOff_LowerTheRate_AndTheCallCompletes()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await KisClientHandle.CreateAsync(sim, s => s["Kis:RateLimit:BackoffDelay"] = "00:00:00.200");
        await sim.AddFaultAsync("""{"kind":"http500","msgCd":"EGW00201","msg1":"초당 거래건수를 초과하였습니다.","count":2,"trIds":["FHKST01010100"]}""");

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(3, await sim.CallsAsync("FHKST01010100"));
        Assert.Equal(2, client.Limiter.RateLimitedReports);
        Assert.Equal(4, client.Limiter.EffectiveLimit);
        Assert.Equal(2, client.Logs.Lines.Count(l => l.Contains("[4012]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ClientConfiguredAboveTheRealLimit_GetsEgw00201_BacksOff_AndEveryCallStillCompletes()
    {
        await using var sim = await SimHost.StartAsync(ScaledSimulator);
        await using var client = await KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:RateLimit:RequestsPerSecond"] = "40";
            s["Kis:RateLimit:Window"] = "00:00:00.100";
            s["Kis:RateLimit:SafetyMargin"] = "00:00:00";
            s["Kis:RateLimit:BackoffDelay"] = "00:00:00.100";
            s["Kis:Resilience:QueryRetries"] = "6";
        });

        var quotes = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct)));

        Assert.Equal(300, quotes.Length);
        Assert.True(await sim.RateLimitedAsync() > 0, "a 40/window client against an 18/window gateway must be refused at first");
        Assert.True(client.Limiter.RateLimitedReports > 0);
        Assert.True(client.Limiter.EffectiveLimit <= 20, $"effective limit {client.Limiter.EffectiveLimit}");
    }
}
