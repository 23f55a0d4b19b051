using System.Net;
using System.Text.Json;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Web.Tests.Hubs;

/// <summary>The hub's authentication, input validation and per-key alert preferences (a real SignalR client).</summary>
[Collection(WebCollection.Name)]
public sealed class TradingHubTests(WebClusterFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key-of-this-front-end-0123456789")]
    public async Task Connect_NoOrUnknownKey_Refused401(string? key)
    {
        await using var client = HubClient.Create(fixture.Factory, key);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => client.Connection.StartAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HubConnectionState.Disconnected, client.Connection.State);
    }

    [Theory]
    [InlineData("JoinSymbol", "12345", "no symbol code")]
    [InlineData("JoinSymbol", "005930; DROP", "no symbol code")]
    [InlineData("JoinSymbol", null, "no symbol code")]
    [InlineData("LeaveSymbol", "", "no symbol code")]
    [InlineData("JoinAlerts", "news", "unknown alert category 'news'")]
    [InlineData("JoinAlerts", null, "unknown alert category 'null'")]
    [InlineData("LeaveAlerts", "signalsx", "unknown alert category")]
    public async Task Method_BadInput_HubExceptionAndTheConnectionStays(string method, string? argument, string message)
    {
        await using var client = await HubClient.StartAsync(fixture.Factory, WebClusterFixture.AdminKey);
        var refused = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync(method, argument, Ct));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, client.Connection.State);
        await client.Connection.InvokeAsync("JoinSymbol", "005930", Ct);
        await client.Connection.InvokeAsync("JoinAlerts", "ERRORS", Ct);
    }

    [Fact]
    public async Task JoinSymbol_MoreThan40_Refused()
    {
        await using var client = await HubClient.StartAsync(fixture.Factory, WebClusterFixture.AdminKey);
        for (var i = 0; i < 40; i++)
        {
            await client.Connection.InvokeAsync("JoinSymbol", $"{900000 + i}", Ct);
        }

        var refused = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync("JoinSymbol", "999999", Ct));
        Assert.Contains("at most 40 symbols", refused.Message, StringComparison.Ordinal);
    }

    public static TheoryData<object?, string> BadPreferences => new()
    {
        { null, "preferences are required" },
        { new { minimumMove = 31m, categories = new[] { "signals" } }, "minimumMove is required: a percent from 0 to 30" },
        { new { minimumMove = -1m, categories = new[] { "signals" } }, "minimumMove is required" },
        { new { minimumMove = 1.234m, categories = new[] { "signals" } }, "at most two decimals" },
        { new { categories = new[] { "signals" } }, "minimumMove is required" },
        { new { minimumMove = 1m }, "categories is required" },
        { new { minimumMove = 1m, categories = new[] { "signals", "news" } }, "unknown alert category 'news'" },
        { new { minimumMove = 1m, categories = new[] { "risk", "errors" } }, "'risk' is listed twice" },
    };

    [Theory]
    [MemberData(nameof(BadPreferences))]
    public async Task SetAlertPreferences_Invalid_HubExceptionWithTheReason(object? input, string message)
    {
        await using var client = await HubClient.StartAsync(fixture.Factory, WebClusterFixture.AdminKey);
        var refused = await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<JsonElement>("SetAlertPreferences", input, Ct));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.Equal(HubConnectionState.Connected, client.Connection.State);
    }

    [Fact]
    public async Task SetAlertPreferences_Valid_PersistPerKey()
    {
        var key = await fixture.NewKeyAsync("Viewer");
        var other = await fixture.NewKeyAsync("Viewer");
        await using (var first = await HubClient.StartAsync(fixture.Factory, key))
        {
            var saved = await first.Connection.InvokeAsync<JsonElement>("SetAlertPreferences", new { minimumMove = 2.5m, categories = new[] { "fills", "signals" } }, Ct);
            Assert.Equal(2.5m, saved.GetProperty("minimumMove").GetDecimal());
            Assert.Equal(["signals", "fills"], saved.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!));
        }

        await using var again = await HubClient.StartAsync(fixture.Factory, key);
        var read = await again.Connection.InvokeAsync<JsonElement>("GetAlertPreferences", Ct);
        Assert.Equal(2.5m, read.GetProperty("minimumMove").GetDecimal());
        Assert.Equal(["signals", "fills"], read.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!));
        await using var stranger = await HubClient.StartAsync(fixture.Factory, other);
        var defaults = await stranger.Connection.InvokeAsync<JsonElement>("GetAlertPreferences", Ct);
        Assert.Equal(3m, defaults.GetProperty("minimumMove").GetDecimal());
        Assert.Equal(6, defaults.GetProperty("categories").GetArrayLength());
    }
}
