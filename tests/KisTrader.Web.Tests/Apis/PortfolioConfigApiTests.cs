using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Apis;

/// <summary>
/// <c>/api/portfolio/config</c> on a front end told the account: the account's configuration grain behind PUT, GET and
/// DELETE, validation with RFC 7807 answers, and the trader role. Every test leaves the defaults behind.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PortfolioConfigApiTests(WebClusterFixture fixture)
{
    private const string Path = "/api/portfolio/config";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Put_Overrides_EffectiveWithSourcesAndWho_ThenNullsAndDelete_Defaults()
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        try
        {
            using var put = await client.PutAsJsonAsync(Path, new { sessionBudget = 5_000_000m, selectedCount = 3, allocationMode = "ScoreWeighted", reason = "test: smaller" }, Ct);
            var view = await put.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(put.StatusCode == HttpStatusCode.OK, view.ToString());
            Assert.Equal((5_000_000m, 3, 5, "ScoreWeighted"), Values(view));
            Assert.Equal(("override", "override", "default", "override"), Sources(view));
            var change = view.GetProperty("history")[0];
            Assert.Equal(("api:admin", "test: smaller"), (change.GetProperty("requestedBy").GetString(), change.GetProperty("reason").GetString()));
            Assert.Equal(10_000_000m, view.GetProperty("defaults").GetProperty("sessionBudget").GetDecimal());

            var read = await client.GetFromJsonAsync<JsonElement>(Path, Ct);
            Assert.Equal((5_000_000m, 3, 5, "ScoreWeighted"), Values(read));
            Assert.Equal(view.GetProperty("version").GetInt32(), read.GetProperty("version").GetInt32());

            using var nulls = await client.PutAsJsonAsync(Path, new { sessionBudget = (decimal?)null, reason = "test: nulls" }, Ct);
            var defaults = await nulls.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(HttpStatusCode.OK, nulls.StatusCode);
            Assert.Equal((10_000_000m, 5, 5, "Equal"), Values(defaults));
            Assert.Equal(("default", "default", "default", "default"), Sources(defaults));

            using var again = await client.PutAsJsonAsync(Path, new { backupCount = 2, reason = "test: fewer backups" }, Ct);
            Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("backupCount").GetInt32());
        }
        finally
        {
            using var deleted = await client.DeleteAsync($"{Path}?reason=test%3A%20reset", Ct);
            var view = await deleted.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(deleted.StatusCode == HttpStatusCode.OK, view.ToString());
            Assert.Equal((10_000_000m, 5, 5, "Equal"), Values(view));
            Assert.Equal("test: reset", view.GetProperty("history")[0].GetProperty("reason").GetString());
        }
    }

    [Theory]
    [InlineData("""{"sessionBudget":0,"reason":"r"}""", "sessionBudget")]
    [InlineData("""{"sessionBudget":-1000000,"reason":"r"}""", "sessionBudget")]
    [InlineData("""{"sessionBudget":1000000.5,"reason":"r"}""", "sessionBudget")]
    [InlineData("""{"sessionBudget":"1000000","reason":"r"}""", "sessionBudget")]
    [InlineData("""{"selectedCount":0,"reason":"r"}""", "selectedCount")]
    [InlineData("""{"selectedCount":101,"reason":"r"}""", "selectedCount")]
    [InlineData("""{"selectedCount":2.5,"reason":"r"}""", "selectedCount")]
    [InlineData("""{"backupCount":-1,"reason":"r"}""", "backupCount")]
    [InlineData("""{"selectedCount":15,"backupCount":5,"reason":"r"}""", "backupCount")]
    [InlineData("""{"allocationMode":"Random","reason":"r"}""", "allocationMode")]
    [InlineData("""{"allocationMode":"1","reason":"r"}""", "allocationMode")]
    [InlineData("""{"sessionBudget":1000000}""", "reason")]
    [InlineData("""{"budget":1000000,"reason":"r"}""", "budget")]
    public async Task Put_BadInput_400AndUnchanged(string json, string field)
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        var before = await client.GetFromJsonAsync<JsonElement>(Path, Ct);
        using var response = await PutRawAsync(client, json);
        _ = Errors(await AssertProblemAsync(response, HttpStatusCode.BadRequest), field);
        var after = await client.GetFromJsonAsync<JsonElement>(Path, Ct);
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Put_BodyOverTheLimit_413()
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        var json = """{"reason":""" + "\"" + new string('x', (int)WebClusterFixture.MaxBody) + "\"}";
        using var response = await PutRawAsync(client, json);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PutDelete_ViewerKey_403_NoKey_401()
    {
        using var viewer = fixture.Client(await fixture.NewKeyAsync("Viewer", fixture.AccountFactory), fixture.AccountFactory);
        using var read = await viewer.GetAsync(Path, Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var put = await PutRawAsync(viewer, """{"sessionBudget":1000000,"reason":"no"}""");
        await AssertProblemAsync(put, HttpStatusCode.Forbidden);
        using var delete = await viewer.DeleteAsync(Path, Ct);
        await AssertProblemAsync(delete, HttpStatusCode.Forbidden);

        using var anonymous = fixture.Client(key: null, fixture.AccountFactory);
        using var anonymousPut = await PutRawAsync(anonymous, """{"sessionBudget":1000000,"reason":"no"}""");
        await AssertProblemAsync(anonymousPut, HttpStatusCode.Unauthorized);
        using var anonymousDelete = await anonymous.DeleteAsync(Path, Ct);
        await AssertProblemAsync(anonymousDelete, HttpStatusCode.Unauthorized);
        using var anonymousGet = await anonymous.GetAsync(Path, Ct);
        await AssertProblemAsync(anonymousGet, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Put_FrontEndWithoutTheAccount_503()
    {
        using var client = fixture.Client();
        using var response = await PutRawAsync(client, """{"sessionBudget":1000000,"reason":"r"}""");
        await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        var read = await client.GetFromJsonAsync<JsonElement>(Path, Ct);
        Assert.Equal(("default", 10_000_000m), (read.GetProperty("sources").GetProperty("sessionBudget").GetString(), read.GetProperty("sessionBudget").GetDecimal()));
    }

    private static (decimal, int, int, string?) Values(JsonElement v) =>
        (v.GetProperty("sessionBudget").GetDecimal(), v.GetProperty("selectedCount").GetInt32(), v.GetProperty("backupCount").GetInt32(), v.GetProperty("allocationMode").GetString());

    private static (string?, string?, string?, string?) Sources(JsonElement v)
    {
        var s = v.GetProperty("sources");
        return (s.GetProperty("sessionBudget").GetString(), s.GetProperty("selectedCount").GetString(), s.GetProperty("backupCount").GetString(), s.GetProperty("allocationMode").GetString());
    }

    private static Task<HttpResponseMessage> PutRawAsync(HttpClient client, string json) =>
        client.PutAsync(Path, new StringContent(json, Encoding.UTF8, "application/json"), Ct);
}
