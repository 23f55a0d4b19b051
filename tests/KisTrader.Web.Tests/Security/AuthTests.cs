using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class AuthTests(WebClusterFixture fixture)
{
    [Fact]
    public async Task Api_NoKey_401ProblemWithChallenge()
    {
        using var client = fixture.Client(key: null);
        using var response = await client.GetAsync("/api/system/status", TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Api_UnknownKey_401()
    {
        using var client = fixture.Client(key: "kt_this-key-was-never-made-by-anyone");
        using var response = await client.GetAsync("/api/system/status", TestContext.Current.CancellationToken);
        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApiDocument_NoKey_401_WithKey_ListsTheWhatIf()
    {
        using var anonymous = fixture.Client(key: null);
        using var refused = await anonymous.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var client = fixture.Client();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/screening/evaluate", out _));
    }

    [Fact]
    public async Task ViewerKey_ReadsButMayNotControl_403()
    {
        var viewer = await fixture.NewKeyAsync("Viewer");
        using var client = fixture.Client(viewer);
        using var read = await client.GetAsync("/api/control/clock", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var pause = await client.PostAsync("/api/control/clock/pause", null, TestContext.Current.CancellationToken);
        await AssertProblemAsync(pause, HttpStatusCode.Forbidden);
        using var keys = await client.GetAsync("/api/keys", TestContext.Current.CancellationToken);
        await AssertProblemAsync(keys, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task RevokedKey_401()
    {
        var key = await fixture.NewKeyAsync("Viewer");
        using var client = fixture.Client(key);
        using var before = await client.GetAsync("/api/control/clock", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        using var admin = fixture.Client();
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/keys", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);
        var id = listed.EnumerateArray().Last(k => k.GetProperty("name").GetString() == "test Viewer").GetProperty("id").GetString();
        using var revoke = await admin.DeleteAsync($"/api/keys/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var after = await client.GetAsync("/api/control/clock", TestContext.Current.CancellationToken);
        await AssertProblemAsync(after, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_NoKey_Answers()
    {
        using var client = fixture.Client(key: null);
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("cluster").GetProperty("status").GetString());
        Assert.Equal("nosniff", live.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", live.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task RateLimit_OverThePerKeyLimit_429WithRetryAfter()
    {
        await using var limited = fixture.Create(s =>
        {
            s["KisTrader:Web:RateLimit:PermitsPerWindow"] = "3";
            s["KisTrader:Web:RateLimit:Window"] = "00:10:00";
        });
        using var client = fixture.Client(factory: limited);
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync("/api/control/clock", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.GetAsync("/api/control/clock", TestContext.Current.CancellationToken);
        await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        var retry = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retry);
        Assert.InRange(retry.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
    }
}
