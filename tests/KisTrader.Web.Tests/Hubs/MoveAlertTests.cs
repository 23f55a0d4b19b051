using System.Text.Json;
using KisTrader.Testing;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace KisTrader.Web.Tests.Hubs;

/// <summary>The server-side minimum-move filter: a <c>move</c> alert only to keys whose saved minimum the quote's move reaches, once per crossing.</summary>
[Collection(WebCollection.Name)]
public sealed class MoveAlertTests(WebClusterFixture fixture)
{
    private const string Symbol = "000270";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Quote_MoveAtOrAboveTheKeysMinimum_OneMoveAlertOnlyToThatKey()
    {
        // The published prints move +1.5 %: a 1 % key is alerted, a 3 % key only gets the quotes.
        await using var low = await FollowAsync(1.0m);
        await using var high = await FollowAsync(3.0m);
        var probe = 0L;
        await Eventually.TrueAsync(async () =>
        {
            await Publishing.TickAsync(fixture, Symbol, 1000m, ++probe);
            await Task.Delay(300, Ct);
            return !low.Quotes.IsEmpty && !high.Quotes.IsEmpty;
        }, "the first quotes", Limit);
        await Eventually.TrueAsync(() => !low.Moves.IsEmpty, "the move alert", Limit);

        // Later quotes while the move stays above the minimum raise no second alert.
        var quotes = low.Quotes.Count;
        await Publishing.TickAsync(fixture, Symbol, 1001m, ++probe);
        await Eventually.TrueAsync(() => low.Quotes.Any(q => q.GetProperty("price").GetDecimal() == 1001m), "the later quote", Limit);
        Assert.True(low.Quotes.Count > quotes);
        var move = Assert.Single(low.Moves);
        Assert.Equal(Symbol, move.GetProperty("symbol").GetString());
        Assert.Equal(1.5m, move.GetProperty("changeRate").GetDecimal());
        Assert.Empty(high.Moves);
    }

    private async Task<HubClient> FollowAsync(decimal minimumMove)
    {
        var client = await HubClient.StartAsync(fixture.Factory, await fixture.NewKeyAsync("Viewer"));
        await client.Connection.InvokeAsync<JsonElement>("SetAlertPreferences", new { minimumMove, categories = new[] { "system" } }, Ct);
        await client.Connection.InvokeAsync("JoinSymbol", Symbol, Ct);
        return client;
    }
}
