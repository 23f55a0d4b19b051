using System.Text;
using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.Client;
using KisTrader.Kis.Models;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Kis;

/// <summary>The cluster's token store: one token per app key for all silos, persisted encrypted.</summary>
[Collection(KisClusterCollection.Name)]
public sealed class KisAuthGrainTests(KisClusterFixture fixture)
{
    [Fact]
    public async Task TokenStore_TwoSilosConcurrentlyThenARestartedSilo_IssueOneTokenStoredEncrypted()
    {
        var (appKey, appSecret) = NewKey();
        var before = await AuthAsync();
        var first = await fixture.CreateSiloClient(appKey, appSecret);
        var second = await fixture.CreateSiloClient(appKey, appSecret);

        // Both silos need a token at the same moment: one issues, the other waits for it in the grain.
        await Task.WhenAll(
            QuoteAsync(first),
            QuoteAsync(second),
            QuoteAsync(first),
            QuoteAsync(second));
        await first.DisposeAsync();

        // A silo that starts afterwards (a restart) reads the stored token.
        var restarted = await fixture.CreateSiloClient(appKey, appSecret);
        await QuoteAsync(restarted);

        var after = await AuthAsync();
        Assert.Equal(1, after.Issued - before.Issued);
        Assert.Equal(0, after.Reused - before.Reused); // tokenP was called once in all, not answered from KIS's reuse window

        var keyId = GrainKeys.KisKeyId(appKey);
        var stored = await fixture.Cluster.Client.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(keyId)).GetTokenAsync("test-reader");
        var token = Assert.IsType<KisAccessToken>(stored.Token).AccessToken;
        await AssertStoredWithoutAsync(keyId, token);
    }

    [Fact]
    public async Task AuthGrain_AfterDeactivation_ReadsTokenAndApprovalKeyBackFromEncryptedState()
    {
        var keyId = GrainKeys.KisKeyId(NewKey().Key);
        var grain = fixture.Cluster.Client.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(keyId));
        var issued = new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
        var token = new KisAccessToken("tok-" + Guid.NewGuid().ToString("N"), issued, DateTimeOffset.UtcNow.AddHours(20));
        var approval = "approval-" + Guid.NewGuid().ToString("N");

        Assert.True((await grain.GetTokenAsync("holder-a")).MayIssue);
        await grain.SaveTokenAsync("holder-a", token);
        await grain.SaveApprovalKeyAsync(approval);
        await fixture.Cluster.DeactivateAsync(grain);

        var again = await grain.GetTokenAsync("holder-b");
        Assert.Equal(token, again.Token);
        Assert.False(again.MayIssue);
        Assert.Equal(approval, await grain.GetApprovalKeyAsync());
        await AssertStoredWithoutAsync(keyId, token.AccessToken, approval);
    }

    [Fact]
    public async Task AuthGrain_NoToken_GivesOneHolderTheIssuingRightAndTellsOthersToWait()
    {
        var grain = fixture.Cluster.Client.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(GrainKeys.KisKeyId(NewKey().Key)));

        var a = await grain.GetTokenAsync("holder-a");
        var b = await grain.GetTokenAsync("holder-b");
        var aAgain = await grain.GetTokenAsync("holder-a");

        Assert.True(a.MayIssue);
        Assert.False(b.MayIssue);
        Assert.Null(b.Token);
        Assert.Equal(TimeSpan.FromMilliseconds(200), b.RetryAfter);
        Assert.True(aAgain.MayIssue);
    }

    [Fact]
    public async Task AuthGrain_RemoveWithAnOlderTokensFingerprint_KeepsTheNewerToken()
    {
        var grain = fixture.Cluster.Client.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(GrainKeys.KisKeyId(NewKey().Key)));
        var old = new KisAccessToken("old-" + Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1));
        var newer = old with { AccessToken = "new-" + Guid.NewGuid().ToString("N") };
        await grain.SaveTokenAsync("a", old);
        await grain.SaveTokenAsync("b", newer);

        Assert.False(await grain.RemoveTokenAsync(KisAccessToken.Fingerprint(old.AccessToken)));
        Assert.Equal(newer, (await grain.GetTokenAsync("c")).Token);
        Assert.True(await grain.RemoveTokenAsync(KisAccessToken.Fingerprint(newer.AccessToken)));
        Assert.Null((await grain.GetTokenAsync("c")).Token);
        Assert.DoesNotContain(newer.AccessToken, old.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(newer.AccessToken, newer.ToString(), StringComparison.Ordinal);
    }

    internal static (string Key, string Secret) NewKey()
    {
        var id = Guid.NewGuid().ToString("N");
        return ($"PSauth{id}", $"secret{id}");
    }

    private static Task<StockQuote> QuoteAsync(IServiceProvider client) =>
        client.GetRequiredService<IKisMarketData>().GetQuoteAsync(new SymbolQuery("005930"), cancellationToken: TestContext.Current.CancellationToken);

    private async Task<(long Issued, long Reused)> AuthAsync()
    {
        var auth = (await fixture.MetricsAsync()).GetProperty("auth");
        return (auth.GetProperty("tokensIssued").GetInt64(), auth.GetProperty("tokensReused").GetInt64());
    }

    /// <summary>Every stored row of the key's grains: present, and no secret in clear or in plain Base64.</summary>
    private async Task AssertStoredWithoutAsync(string keyId, params string[] secrets)
    {
        var rows = await fixture.Database.ColumnAsync<byte[]>($"SELECT payloadbinary FROM orleansstorage WHERE grainidextensionstring = '{keyId}'");
        var payloads = rows.Select(r => Encoding.UTF8.GetString(r)).ToList();
        var auth = Assert.Single(payloads, p => p.Contains("\"Token\"", StringComparison.Ordinal));
        using (var json = JsonDocument.Parse(auth))
        {
            Assert.True(json.RootElement.GetProperty("Token").GetBytesFromBase64().Length > 28);
        }

        foreach (var secret in secrets)
        {
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
            Assert.NotEmpty(payloads);
            Assert.All(payloads, p =>
            {
                Assert.DoesNotContain(secret, p, StringComparison.Ordinal);
                Assert.DoesNotContain(base64, p, StringComparison.Ordinal);
            });
        }
    }
}
