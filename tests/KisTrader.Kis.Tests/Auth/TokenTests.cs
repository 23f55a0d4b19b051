using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Infrastructure;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Kis.Tests.Auth;

/// <summary>Token and approval-key discipline against the simulator's tokenP/Approval (metrics count real issuances).</summary>
public sealed class TokenTests(SimFixture fixture) : IClassFixture<SimFixture>
{
    private SimHost Sim => fixture.Sim;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HundredParallelCalls_IssueExactlyOneToken()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);
        var before = await Sim.TokensIssuedAsync();

        var quotes = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct)));

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("005930", q.Symbol));
        Assert.Equal(1, await Sim.TokensIssuedAsync() - before);
        Assert.Equal(1, client.Connections.Trading.Tokens.Issued);
    }

    [Fact]
    public async Task RestartedClient_WithTheFileStore_IssuesNoNewToken()
    {
        var directory = Directory.CreateTempSubdirectory("kis-token-test-").FullName;
        try
        {
            var key = KisClientHandle.NewKey();
            var keyFile = Path.Combine(directory, "token.key");
            void FileStore(IDictionary<string, string?> s)
            {
                s["Kis:Auth:TokenStore"] = "File";
                s["Kis:Auth:TokenDirectory"] = directory;
                s["Kis:Auth:TokenKeyFile"] = keyFile;
            }

            var before = await Sim.TokensIssuedAsync();
            await using (var first = await KisClientHandle.CreateAsync(Sim, FileStore, key))
            {
                await first.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
                Assert.Equal(1, first.Connections.Trading.Tokens.Issued);
            }

            var files = Directory.GetFiles(directory, "kis-token-*.bin");
            var stored = await File.ReadAllBytesAsync(Assert.Single(files), Ct);
            Assert.DoesNotContain("eyJ", System.Text.Encoding.UTF8.GetString(stored), StringComparison.Ordinal);

            await using var second = await KisClientHandle.CreateAsync(Sim, FileStore, key);
            var quote = await second.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

            Assert.Equal("005930", quote.Symbol);
            Assert.Equal(0, second.Connections.Trading.Tokens.Issued);
            Assert.Equal(1, await Sim.TokensIssuedAsync() - before);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("invalidateTokens", "EGW00121")]
    [InlineData("expireTokens", "EGW00123")]
    public async Task RejectedToken_IsInvalidated_ReissuedOnce_AndTheCallRetriedOnce(string kind, string msgCd)
    {
        // The client's one-a-minute guard runs on its own (real) clock; shorten it so the test does not wait a minute.
        await using var client = await KisClientHandle.CreateAsync(Sim, s => s["Kis:Auth:MinIssueInterval"] = "00:00:00");
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        var before = await Sim.TokensIssuedAsync();
        var callsBefore = await Sim.CallsAsync("FHKST01010100");

        await Sim.AddFaultAsync($$"""{"kind":"{{kind}}","appKey":"{{client.AppKey}}"}""");
        // KIS answers tokenP once a minute per key on its own clock: move the simulated clock past that minute.
        await Sim.ClockAsync("""{"advance":"00:01:01"}""");
        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(1, await Sim.TokensIssuedAsync() - before);
        Assert.Equal(2, await Sim.CallsAsync("FHKST01010100") - callsBefore);
        Assert.Equal(2, client.Connections.Trading.Tokens.Issued);
        Assert.Contains(client.Logs.Lines, l => l.Contains(msgCd, StringComparison.Ordinal) && l.Contains("[4003]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoClientsSharingAStore_AfterARejectedToken_IssueOneReplacementBetweenThem()
    {
        // Two processes (or silos) share one token store. When KIS rejects the token, the first to notice issues the
        // replacement; the second must pick it up from the store instead of deleting it and issuing its own.
        var directory = Directory.CreateTempSubdirectory("kis-token-shared-").FullName;
        try
        {
            var key = KisClientHandle.NewKey();
            var keyFile = Path.Combine(directory, "token.key");
            void SharedStore(IDictionary<string, string?> s)
            {
                s["Kis:Auth:TokenStore"] = "File";
                s["Kis:Auth:TokenDirectory"] = directory;
                s["Kis:Auth:TokenKeyFile"] = keyFile;
                s["Kis:Auth:MinIssueInterval"] = "00:00:00";
            }

            await using var first = await KisClientHandle.CreateAsync(Sim, SharedStore, key);
            await using var second = await KisClientHandle.CreateAsync(Sim, SharedStore, key);
            await first.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
            await second.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
            Assert.Equal((1, 0), (first.Connections.Trading.Tokens.Issued, second.Connections.Trading.Tokens.Issued));

            await Sim.AddFaultAsync($$"""{"kind":"invalidateTokens","appKey":"{{first.AppKey}}"}""");
            await Sim.ClockAsync("""{"advance":"00:01:01"}""");
            var before = await Sim.TokensIssuedAsync();
            await first.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
            var quote = await second.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

            Assert.Equal("005930", quote.Symbol);
            Assert.Equal(1, await Sim.TokensIssuedAsync() - before);
            Assert.Equal((2, 0), (first.Connections.Trading.Tokens.Issued, second.Connections.Trading.Tokens.Issued));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task TokenIssuance_IsNeverRepeatedWithinTheMinimumInterval()
    {
        // Long enough that a loaded machine still reaches the second issuance inside the interval (it waits the rest of it).
        await using var client = await KisClientHandle.CreateAsync(Sim, s => s["Kis:Auth:MinIssueInterval"] = "00:00:06");
        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);
        await Sim.AddFaultAsync($$"""{"kind":"invalidateTokens","appKey":"{{client.AppKey}}"}""");
        await Sim.ClockAsync("""{"advance":"00:01:01"}""");

        await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        // The second issuance waited for the rest of the interval after the first (logged as deferred).
        Assert.Contains(client.Logs.Lines, l => l.Contains("[4004]", StringComparison.Ordinal));
        Assert.Equal(2, client.Connections.Trading.Tokens.Issued);
    }

    [Fact]
    public async Task ApprovalKey_IsSingleFlight_AndReissuedAfterInvalidation()
    {
        await using var client = await KisClientHandle.CreateAsync(Sim);
        var source = client.Services.GetRequiredService<IApprovalKeySource>();
        var before = (await Sim.MetricsAsync()).GetProperty("auth").GetProperty("approvalKeysIssued").GetInt64();

        var keys = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => source.GetApprovalKeyAsync(Ct).AsTask()));
        await source.InvalidateApprovalKeyAsync(Ct);
        var fresh = await source.GetApprovalKeyAsync(Ct);

        Assert.Single(keys.Distinct());
        Assert.False(string.IsNullOrEmpty(fresh));
        Assert.Equal(2, (await Sim.MetricsAsync()).GetProperty("auth").GetProperty("approvalKeysIssued").GetInt64() - before);
    }

    [Fact]
    public async Task ThrottledIssuance_Egw00133_WaitsOneIntervalAndAsksAgainOnce()
    {
        // A running market clock (20×): the simulator's one-a-minute tokenP rule passes during the client's 4 s wait
        // (80 s simulated), but not between the other process's issuance and ours (under 3 s real).
        await using var sim = await SimHost.StartAsync(s =>
        {
            s["Simulator:Clock:Paused"] = "false";
            s["Simulator:Clock:Speed"] = "20";
        });
        var key = KisClientHandle.NewKey();
        await using var client = await KisClientHandle.CreateAsync(sim, s => s["Kis:Auth:MinIssueInterval"] = "00:00:04", key);
        // Another process got the token a moment ago: the next tokenP within the minute is EGW00133.
        var json = $$"""{"grant_type":"client_credentials","appkey":"{{key.Key}}","appsecret":"{{key.Secret}}"}""";
        using (var body = new StringContent(json, System.Text.Encoding.UTF8, "application/json"))
        using (var response = await sim.Control.PostAsync(new Uri("/oauth2/tokenP", UriKind.Relative), body, Ct))
        {
            Assert.True(response.IsSuccessStatusCode);
        }

        var quote = await client.MarketData.GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: Ct);

        Assert.Equal("005930", quote.Symbol);
        Assert.Equal(2, client.Connections.Trading.Tokens.Issued);
        var rejections = (await sim.MetricsAsync()).GetProperty("auth").GetProperty("rejections");
        Assert.Equal(1, rejections.GetProperty("EGW00133").GetInt64());
    }
}
