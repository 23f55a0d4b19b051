using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using static KisTrader.Web.Tests.Infrastructure.Problems;

namespace KisTrader.Web.Tests.Apis;

/// <summary>The kill switch over REST: the account's risk grain, journaled with the key's name and the reason.</summary>
[Collection(WebCollection.Name)]
public sealed class KillSwitchApiTests(WebClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KillSwitch_HaltFlattenResume_ModeWithWhoAndWhy()
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        try
        {
            using var halted = await client.PostAsJsonAsync("/api/control/kill-switch/halt-entries", new { reason = "test: halt" }, Ct);
            var view = await halted.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(halted.StatusCode == HttpStatusCode.OK, view.ToString());
            Assert.Equal("EntriesHalted", view.GetProperty("mode").GetString());
            Assert.Equal("api:admin", view.GetProperty("modeChangedBy").GetString());
            Assert.Equal("test: halt", view.GetProperty("modeReason").GetString());
            Assert.False(view.GetProperty("entriesAllowed").GetBoolean());

            using var flattening = await client.PostAsJsonAsync("/api/control/kill-switch/flatten", new { reason = "test: flatten" }, Ct);
            Assert.Equal("Flattening", (await flattening.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("mode").GetString());
            var read = await client.GetFromJsonAsync<JsonElement>("/api/control/kill-switch", Ct);
            Assert.Equal(("Flattening", "test: flatten"), (read.GetProperty("mode").GetString(), read.GetProperty("modeReason").GetString()));
        }
        finally
        {
            using var resumed = await client.PostAsJsonAsync("/api/control/kill-switch/resume", new { reason = "test: resume" }, Ct);
            var view = await resumed.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(("Active", "api:admin"), (view.GetProperty("mode").GetString(), view.GetProperty("modeChangedBy").GetString()));
        }
    }

    [Theory]
    [InlineData("halt-entries")]
    [InlineData("flatten")]
    [InlineData("resume")]
    public async Task KillSwitch_ViewerKey_403_NoKey_401(string action)
    {
        using var viewer = fixture.Client(await fixture.NewKeyAsync("Viewer", fixture.AccountFactory), fixture.AccountFactory);
        using var read = await viewer.GetAsync("/api/control/kill-switch", Ct);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var refused = await viewer.PostAsJsonAsync($"/api/control/kill-switch/{action}", new { reason = "no" }, Ct);
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        using var anonymous = fixture.Client(key: null, fixture.AccountFactory);
        using var unknown = await anonymous.PostAsJsonAsync($"/api/control/kill-switch/{action}", new { reason = "no" }, Ct);
        await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized);
        using var notRead = await anonymous.GetAsync("/api/control/kill-switch", Ct);
        await AssertProblemAsync(notRead, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KillSwitch_BadBodies_400_415_AndTheModeUnchanged()
    {
        using var client = fixture.Client(factory: fixture.AccountFactory);
        using var empty = await client.PostAsJsonAsync("/api/control/kill-switch/halt-entries", new { reason = "  " }, Ct);
        Assert.Contains("required", Errors(await AssertProblemAsync(empty, HttpStatusCode.BadRequest), "reason"), StringComparison.Ordinal);
        using var tooLong = await client.PostAsJsonAsync("/api/control/kill-switch/flatten", new { reason = new string('x', 201) }, Ct);
        await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest);
        using var unknownField = await client.PostAsJsonAsync("/api/control/kill-switch/flatten", new { reason = "x", mode = "now" }, Ct);
        Assert.Contains("not part of the request", Errors(await AssertProblemAsync(unknownField, HttpStatusCode.BadRequest), "mode"), StringComparison.Ordinal);
        using var text = await client.PostAsync("/api/control/kill-switch/flatten", new StringContent("flatten"), Ct);
        await AssertProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        var view = await client.GetFromJsonAsync<JsonElement>("/api/control/kill-switch", Ct);
        Assert.Equal("Active", view.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task KillSwitch_FrontEndNotToldTheAccount_503()
    {
        using var client = fixture.Client();
        using var read = await client.GetAsync("/api/control/kill-switch", Ct);
        Assert.Contains("Kis:AccountNumber", (await AssertProblemAsync(read, HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var halt = await client.PostAsJsonAsync("/api/control/kill-switch/halt-entries", new { reason = "x" }, Ct);
        await AssertProblemAsync(halt, HttpStatusCode.ServiceUnavailable);
    }
}
