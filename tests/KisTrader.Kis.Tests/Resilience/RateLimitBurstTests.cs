using System.Globalization;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using KisTrader.Kis.Transport;

namespace KisTrader.Kis.Tests.Resilience;

/// <summary>
/// Queries outlast an EGW00201 burst longer than <c>QueryRetries</c> (<c>Kis:Resilience:RateLimitRetries</c> more), found by
/// the broker-fault differential test (a checkpoint that could not read its orderable cash bought nothing).
/// </summary>
public sealed class RateLimitBurstTests
{
    private const string PriceTr = "FHKST01010100";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // QueryRetries 3; the budget's reaction to each EGW00201 made small — a 100-ms pause, the rate not lowered (by default
    // a 1-s pause and the rate halved each time, down to one call a second: a 13-answer burst cost 13 s of wall time);
    // what these tests count is calls, not the budget's pacing.
    private static Task<KisClientHandle> ClientAsync(SimHost sim, int? rateLimitRetries = null, string? retryBaseDelay = null) =>
        KisClientHandle.CreateAsync(sim, s =>
        {
            s["Kis:Resilience:QueryRetries"] = "3";
            s["Kis:RateLimit:BackoffDelay"] = "00:00:00.100";
            s["Kis:RateLimit:ReducedRateFactor"] = "1";
            if (rateLimitRetries is { } n)
            {
                s["Kis:Resilience:RateLimitRetries"] = n.ToString(CultureInfo.InvariantCulture);
            }

            if (retryBaseDelay is not null)
            {
                s["Kis:Resilience:RetryBaseDelay"] = retryBaseDelay;
            }
        });

    [Fact]
    public async Task RateLimitBurst_LongerThanTheQueryRetries_Outlasted()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await ClientAsync(sim);
        await sim.AddFaultAsync($$"""{"kind":"rateLimit","count":6,"trIds":["{{PriceTr}}"]}""");

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        // 6 refusals (3 transient retries would have given up after the 4th), then the answer.
        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(7, await sim.CallsAsync(PriceTr));
    }

    [Fact]
    public async Task RateLimitBurst_ThenAServerError_TheErrorStillRetried()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await ClientAsync(sim, retryBaseDelay: "00:00:00.2");
        // The first matching fault answers: six EGW00201, then one EGW00002 (HTTP 500), then the quote.
        await sim.AddFaultAsync($$"""{"kind":"rateLimit","count":6,"trIds":["{{PriceTr}}"]}""");
        await sim.AddFaultAsync($$"""{"kind":"http500","count":1,"trIds":["{{PriceTr}}"]}""");

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        // The burst's answers used none of the 3 transient retries (the multi-process broker-fault run found the 500 after
        // a 12-answer burst not retried: its order gate refused a take-profit sell for want of a quote).
        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(8, await sim.CallsAsync(PriceTr));
        // And it waits as a first transient failure does (200 ms ± 25 %), not as a seventh attempt (~12.8 s).
        var retry = Assert.Single(client.Logs.Lines, l => l.Contains("[4013]", StringComparison.Ordinal) && l.Contains("EGW00002", StringComparison.Ordinal));
        var value = retry[(retry.IndexOf("Delay=", StringComparison.Ordinal) + "Delay=".Length)..];
        var delay = TimeSpan.Parse(value[..value.IndexOfAny([';', ' '])], CultureInfo.InvariantCulture);
        Assert.InRange(delay, TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task RateLimitBurstUsingItsWholeBudget_ThenAServerError_TheErrorStillRetried()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await ClientAsync(sim, rateLimitRetries: 10);
        // 13 EGW00201 answers (3 + 10: every rate-limit retry the call has), then a 500, then the quote. Two bursts of the
        // broker-fault run hit one order-gate query this way; Polly's overall cap of 13 retries then refused the 500's.
        await sim.AddFaultAsync($$"""{"kind":"rateLimit","count":13,"trIds":["{{PriceTr}}"]}""");
        await sim.AddFaultAsync($$"""{"kind":"http500","count":1,"trIds":["{{PriceTr}}"]}""");

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(15, await sim.CallsAsync(PriceTr));
    }

    [Fact]
    public async Task RateLimitBurstLongerThanItsBudget_Fails()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await ClientAsync(sim, rateLimitRetries: 10);
        await sim.AddFaultAsync($$"""{"kind":"rateLimit","count":20,"trIds":["{{PriceTr}}"]}""");

        var error = await Assert.ThrowsAsync<KisApiException>(() => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct));

        Assert.True(error.IsRateLimited);
        Assert.Equal(14, await sim.CallsAsync(PriceTr)); // the first answer and 13 retries
    }

    [Fact]
    public async Task RateLimitBurst_WithoutRateLimitRetries_FailsAfterTheQueryRetries()
    {
        await using var sim = await SimHost.StartAsync();
        await using var client = await ClientAsync(sim, rateLimitRetries: 0);
        await sim.AddFaultAsync($$"""{"kind":"rateLimit","count":6,"trIds":["{{PriceTr}}"]}""");

        var error = await Assert.ThrowsAsync<KisApiException>(() => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct));

        Assert.True(error.IsRateLimited);
        Assert.Equal(4, await sim.CallsAsync(PriceTr));
    }
}
